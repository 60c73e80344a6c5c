import { css } from 'lit';

export const pollStyles = css`
  .qd-poll {
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
  }
  .qd-poll__kicker {
    color: var(--_muted);
    font-weight: 600;
  }
  .qd-poll__hint {
    color: var(--_muted);
  }
  .qd-poll__demo {
    padding: var(--_space);
    border: 2px dashed;
    font-weight: 700;
  }
  .qd-poll__privacy {
    padding: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
    border-inline-start: 0.375rem solid var(--_primary);
    background: var(--_surface);
  }
  .qd-poll__privacy > :last-child {
    margin-block-end: 0;
  }
  .qd-q {
    border: 0;
    margin: 0 0 calc(var(--_space) * 4);
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space);
    float: left;
    width: 100%;
  }
  legend + * {
    clear: both;
  }
  .qd-choice,
  .qd-scale__option {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    min-height: var(--_target);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin-block-end: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .qd-choice:has(input:checked),
  .qd-scale__option:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .qd-choice:has(input:focus-visible),
  .qd-scale__option:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .qd-choice input,
  .qd-scale__option input {
    width: 1.4em;
    height: 1.4em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .qd-text label {
    display: block;
    font-weight: 600;
    margin-block-end: calc(var(--_space) / 2);
  }
  .qd-text :is(textarea, input) {
    display: block;
    width: 100%;
    max-width: 40rem;
    min-height: var(--_target);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }
  .qd-poll__error {
    color: var(--_danger);
    font-weight: 600;
  }
  .qd-poll__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block: calc(var(--_space) * 2);
  }
  .qd-poll__footer {
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
  @media (forced-colors: active) {
    .qd-choice,
    .qd-scale__option {
      border-color: ButtonText;
    }
    .qd-choice:has(input:checked),
    .qd-scale__option:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
