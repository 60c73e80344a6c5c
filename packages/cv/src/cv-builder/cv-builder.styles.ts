import { css } from 'lit';

export const builderStyles = css`
  .qd-cv {
    padding: calc(var(--_space) * 2);
  }
  .qd-cv__privacy {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 0.375rem solid var(--_primary);
    background: var(--_surface);
  }
  .qd-cv__save {
    margin: 0;
    align-self: center;
    font-weight: 600;
    color: var(--_success);
  }
  .qd-cv__save--off {
    color: var(--_muted);
  }
  .qd-cv__save--error {
    color: var(--_danger);
  }
  .qd-cv__steps {
    list-style: none;
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
    gap: calc(var(--_space) / 2);
    padding: 0;
    margin: 0 0 calc(var(--_space) * 2);
  }
  .qd-cv__step-button {
    width: 100%;
    text-align: start;
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) / 2);
    min-height: var(--_target);
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .qd-cv__step-button[aria-current='step'] {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
  }
  .qd-cv__num {
    display: inline-grid;
    place-items: center;
    min-width: 1.6em;
    height: 1.6em;
    border-radius: 50%;
    border: 1px solid currentColor;
  }
  .qd-cv__layout {
    display: grid;
    gap: calc(var(--_space) * 3);
    grid-template-columns: minmax(0, 1fr);
  }
  .qd-cv__live {
    display: none;
  }
  @media (min-width: 72rem) {
    .qd-cv__layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .qd-cv__live {
      display: block;
      position: sticky;
      top: var(--_space);
      font-size: 0.8em;
    }
  }
  .qd-cv__kicker {
    display: block;
    font-size: 0.65em;
    font-weight: 600;
    color: var(--_muted);
  }
  .qd-cv__help {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    margin-block-end: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .qd-cv__help p {
    flex: 1 1 16rem;
    margin: 0;
  }
  .qd-cv__field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    margin-block-end: calc(var(--_space) * 2);
    min-width: 0;
  }
  .qd-cv__field label,
  .qd-cv legend {
    font-weight: 600;
  }
  .qd-cv__hint {
    color: var(--_muted);
    margin: 0;
    font-size: 0.95em;
  }
  .qd-cv input:not([type='checkbox']):not([type='radio']),
  .qd-cv select,
  .qd-cv textarea {
    width: 100%;
    max-width: 36rem;
    min-height: var(--_target);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .qd-cv textarea {
    resize: vertical;
  }
  .qd-cv [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }
  .qd-cv__error {
    color: var(--_danger);
    font-weight: 600;
    margin: 0;
  }
  .qd-cv__error::before {
    content: '⚠ ';
  }
  .qd-cv__row,
  .qd-cv__dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }
  .qd-cv__row > *,
  .qd-cv__dates > * {
    flex: 1 1 14rem;
  }
  .qd-cv fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 2);
    min-width: 0;
  }
  .qd-cv legend {
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
  }
  .qd-cv__date-inputs {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .qd-cv__date-inputs > .qd-cv__field {
    flex: 1 1 9rem;
    margin-block-end: var(--_space);
  }
  .qd-cv__year {
    max-width: 8rem;
  }
  .qd-cv fieldset.qd-cv__entry {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 1.5);
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-cv__entry-tools,
  .qd-cv__nav,
  .qd-cv__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .qd-cv__nav {
    justify-content: space-between;
    margin-block: calc(var(--_space) * 3);
  }
  .qd-cv__nav .qd-button--primary {
    margin-inline-start: auto;
  }
  .qd-cv__danger:not(.qd-button--primary) {
    border-color: var(--_danger);
    color: var(--_danger);
  }
  .qd-button--primary.qd-cv__danger {
    background: var(--_danger);
    border-color: var(--_danger);
  }
  .qd-cv__check {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-height: var(--_target);
    min-width: var(--_target);
    padding-inline: var(--_space);
    margin-block-end: calc(var(--_space) / 2);
    cursor: pointer;
  }
  .qd-cv__check input {
    width: 1.4em;
    height: 1.4em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .qd-cv__choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .qd-cv__choices > legend {
    flex: 0 0 100%;
  }
  .qd-cv__templates .qd-cv__check {
    flex: 1 1 100%;
    align-items: flex-start;
    padding-block: calc(var(--_space) / 2);
  }
  .qd-cv__swatch {
    display: inline-block;
    width: 1.5em;
    height: 1.5em;
    border-radius: 50%;
    border: 1px solid var(--_border);
    forced-color-adjust: none;
  }
  .qd-cv__photo img {
    width: 6rem;
    height: 6rem;
    object-fit: cover;
    border-radius: 50%;
    display: block;
    margin-block: var(--_space);
  }
  .qd-cv__list {
    margin-block-end: calc(var(--_space) * 3);
  }
  .qd-cv__undo:not(:empty) {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-block-end: var(--_space);
  }
  .qd-cv__undo p {
    margin: 0;
  }
  .qd-cv__warning {
    border-color: var(--_warning);
    border-inline-start-width: 0.5rem;
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-cv__settings {
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-cv__preview {
    margin-block-start: calc(var(--_space) * 2);
  }
  .qd-cv__confirm {
    margin-block-start: var(--_space);
    border-color: var(--_danger);
  }
  .qd-data-tools {
    margin-block-start: calc(var(--_space) * 3);
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border);
  }
  @media (forced-colors: active) {
    .qd-cv__step-button[aria-current='step'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
  }
  @media print {
    .qd-cv__top,
    .qd-cv__help,
    .qd-cv__nav,
    .qd-cv__form,
    .qd-data-tools,
    .qd-cv__live {
      display: none !important;
    }
  }
`;
