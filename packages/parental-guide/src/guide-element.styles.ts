import { css } from 'lit';

/**
 * Styles shared by both elements: form controls in fieldsets, choices (≥ 44 px targets), text
 * fields, action rows, errors, the "Besoin d'aide ?" block, and what print shows or hides.
 * Only `--_*` private properties (set by core's `baseStyles`) and logical properties (RTL).
 */
export const sharedStyles = css`
  .qd-hint,
  .qd-kicker,
  .qd-meta {
    color: var(--_muted);
  }
  .qd-kicker {
    margin: 0 0 var(--_space);
    font-weight: 600;
  }
  fieldset {
    border: 0;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_space);
    font-weight: 700;
  }
  legend h2 {
    margin: 0;
  }
  fieldset fieldset {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space) calc(var(--_space) * 2) calc(var(--_space) * 2);
  }
  fieldset fieldset > legend {
    padding-inline: calc(var(--_space) / 2);
  }
  .qd-choices {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
  }
  .qd-choice {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-height: var(--_target);
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    cursor: pointer;
  }
  .qd-choice:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .qd-choice:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .qd-choice input,
  .qd-done input {
    width: 1.4em;
    height: 1.4em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .qd-field {
    margin-block-end: var(--_space);
  }
  .qd-field label {
    display: block;
    font-weight: 600;
    margin-block-end: calc(var(--_space) / 2);
  }
  input[type='text'],
  textarea {
    width: 100%;
    max-width: 30rem;
    min-height: var(--_target);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .qd-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .qd-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block: calc(var(--_space) * 2);
  }
  .qd-plain {
    list-style: none;
    padding: 0;
  }
  .qd-plain > li {
    margin-block-end: var(--_space);
  }
  .qd-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
  }
  .qd-links a {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
  }
  .qd-help {
    margin-block-start: calc(var(--_space) * 3);
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .qd-print {
    display: none;
  }
  @media print {
    .qd-print {
      display: block;
      font-size: 12pt;
    }
    .qd-printing .qd-screen {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .qd-choice,
    fieldset fieldset {
      border-color: ButtonText;
    }
    .qd-choice:has(input:checked),
    .qd-help {
      border-color: Highlight;
    }
  }
`;
