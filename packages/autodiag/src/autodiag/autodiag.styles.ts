import { css } from 'lit';

export const autodiagStyles = css`
  .qd-autodiag {
    padding: calc(var(--_space) * 2);
  }
  .qd-hint,
  .qd-areas__desc,
  .qd-level-msg {
    color: var(--_muted);
  }
  .qd-icon {
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
  }
  .qd-areas {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .qd-areas li,
  .qd-area-tag,
  .qd-area-name {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .qd-areas li > span {
    display: flex;
    flex-direction: column;
  }
  .qd-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block: calc(var(--_space) * 2);
  }
  .qd-big {
    font-size: 1.25em;
    padding-inline: calc(var(--_space) * 5);
  }
  .qd-footer {
    margin-block-start: calc(var(--_space) * 4);
    display: flex;
    justify-content: flex-end;
  }
  .qd-button--quiet {
    border-color: var(--_border);
    color: var(--_muted);
  }
  .qd-button--danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
  }
  .qd-progress {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-progress p {
    margin: 0;
    font-weight: 700;
    white-space: nowrap;
  }
  .qd-progress__bar {
    flex: 1;
    block-size: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
    overflow: hidden;
  }
  .qd-progress__bar span {
    display: block;
    block-size: 100%;
    background: var(--_primary);
  }
  .qd-area-tag {
    font-weight: 700;
    color: var(--_muted);
  }
  .qd-item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-item h3 {
    font-size: 1.5em;
    margin: 0 0 var(--_space);
  }
  .qd-item__icon {
    display: inline-grid;
    place-items: center;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
  }
  .qd-item__icon .qd-icon {
    inline-size: var(--qd-autodiag-icon-size, 6rem);
    block-size: var(--qd-autodiag-icon-size, 6rem);
  }
  .qd-item__image {
    max-inline-size: 12rem;
    block-size: auto;
    border-radius: var(--_radius);
  }
  .qd-answers__label {
    font-weight: 700;
    margin-block-end: var(--_space);
  }
  .qd-answers ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
  }
  .qd-answer {
    inline-size: 100%;
    min-block-size: 4rem;
    font-size: 1.125em;
    justify-content: flex-start;
    text-align: start;
  }
  .qd-dots {
    display: inline-flex;
    gap: 0.25rem;
  }
  .qd-dots span,
  .qd-bar span {
    inline-size: 0.75rem;
    block-size: 0.75rem;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .qd-dots .on,
  .qd-bar .on {
    background: currentColor;
  }
  .qd-nav {
    justify-content: space-between;
  }
  .qd-table {
    border-collapse: collapse;
    inline-size: 100%;
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-table caption {
    text-align: start;
    font-weight: 700;
    margin-block-end: var(--_space);
  }
  .qd-table :is(th, td) {
    border: 1px solid var(--_border);
    padding: var(--_space);
    text-align: start;
    vertical-align: top;
  }
  .qd-bar {
    display: flex;
    gap: 0.25rem;
    color: var(--_primary);
    margin-block-end: 0.25rem;
  }
  .qd-bar span {
    border-radius: 0.25rem;
    inline-size: 1.5rem;
  }
  .qd-level-msg {
    display: block;
  }
  .qd-workshops {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .qd-workshop {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    break-inside: avoid;
  }
  .qd-workshop h5 {
    font-size: 1.125em;
    margin: 0 0 var(--_space);
  }
  .qd-workshop dl {
    margin: 0;
  }
  .qd-workshop dt {
    font-weight: 700;
  }
  .qd-workshop dd {
    margin: 0 0 var(--_space);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .qd-field label {
    display: block;
    font-weight: 600;
  }
  .qd-field :is(textarea, input) {
    display: block;
    inline-size: 100%;
    max-inline-size: 40rem;
    min-block-size: var(--_target);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  .qd-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .qd-fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .qd-radio {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: var(--_target);
  }
  .qd-print-only {
    display: none;
  }
  @media (forced-colors: active) {
    .qd-progress__bar span,
    .qd-dots .on,
    .qd-bar .on {
      background: CanvasText;
    }
  }
  @media print {
    .qd-autodiag {
      padding: 0;
    }
    .qd-print-only {
      display: inline;
    }
    p.qd-print-only {
      display: block;
    }
    .qd-table :is(th, td),
    .qd-workshop {
      border-color: #000;
      background: #fff;
    }
    .qd-bar {
      color: #000;
    }
  }
`;
