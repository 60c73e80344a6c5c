import { css } from 'lit';

/** The first screen and the statements (the results' styles: results/results.styles.ts). */
export const autodiagStyles = css`
  .qd-autodiag {
    padding: calc(var(--_space) * 2);
  }
  .qd-hint,
  .qd-areas__desc,
  .qd-area-tag {
    color: var(--_muted);
  }
  .qd-icon {
    flex: none;
    width: 2rem;
    height: 2rem;
  }
  .qd-areas,
  .qd-answers ul {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .qd-areas li,
  .qd-area-tag,
  .qd-progress,
  .qd-item,
  .qd-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .qd-areas li > span {
    display: flex;
    flex-direction: column;
  }
  .qd-actions {
    margin-block: calc(var(--_space) * 2);
  }
  .qd-big {
    font-size: 1.25em;
  }
  .qd-footer {
    margin-block-start: calc(var(--_space) * 4);
    text-align: end;
  }
  .qd-button--quiet {
    border-color: var(--_border);
    color: var(--_muted);
  }
  .qd-progress p,
  .qd-area-tag,
  .qd-answers__label,
  .qd-field label {
    font-weight: 700;
  }
  .qd-progress p {
    margin: 0;
  }
  .qd-progress__bar {
    flex: 1;
    height: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 1rem;
    overflow: hidden;
  }
  .qd-progress__bar span {
    display: block;
    height: 100%;
    background: var(--_primary);
  }
  .qd-item h3 {
    font-size: 1.5em;
  }
  .qd-item__icon {
    display: inline-grid;
    padding: var(--_space);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
  }
  .qd-item__icon .qd-icon {
    width: var(--qd-autodiag-icon-size, 6rem);
    height: var(--qd-autodiag-icon-size, 6rem);
  }
  .qd-item__image {
    max-width: 12rem;
    height: auto;
  }
  .qd-answers ul {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
  }
  .qd-answer {
    width: 100%;
    min-height: 4rem;
    font-size: 1.125em;
    justify-content: flex-start;
    text-align: start;
  }
  .qd-dots {
    display: inline-flex;
    gap: 0.25rem;
  }
  .qd-dots span {
    width: 0.75rem;
    height: 0.75rem;
    border: 2px solid;
    border-radius: 50%;
  }
  .qd-dots .on {
    background: currentColor;
  }
  .qd-nav {
    justify-content: space-between;
  }
  .qd-field :is(textarea, input) {
    display: block;
    width: 100%;
    max-width: 40rem;
    min-height: var(--_target);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
  }
  @media (forced-colors: active) {
    .qd-progress__bar span,
    .qd-dots .on {
      background: CanvasText;
    }
  }
  @media print {
    .qd-autodiag {
      padding: 0;
    }
  }
`;
