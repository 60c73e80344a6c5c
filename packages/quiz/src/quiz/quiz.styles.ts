import { css } from 'lit';

export const quizStyles = css`
  .qd-quiz {
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
  }
  .qd-quiz--junior {
    font-size: calc(var(--_font-size) * 1.2);
    --_target: var(--qd-target-size-junior, 3.5rem);
  }
  .qd-quiz__kicker {
    margin: 0 0 var(--_space);
    color: var(--_muted);
    font-weight: 600;
  }
  .qd-quiz__progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-quiz__progress p {
    margin: 0;
    font-weight: 600;
  }
  progress {
    flex: 1 1 8rem;
    height: 0.75rem;
    accent-color: var(--_primary);
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
    float: left;
    width: 100%;
  }
  legend + * {
    clear: both;
  }
  .qd-quiz__image {
    display: block;
    margin-block-end: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    max-height: 20rem;
    width: auto;
  }
  .qd-quiz__hint {
    color: var(--_muted);
    margin: 0 0 var(--_space);
  }
  .qd-choice {
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
  .qd-choice:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .qd-choice:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .qd-choice input {
    width: 1.4em;
    height: 1.4em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .qd-choice--right {
    border-color: var(--_success);
    border-inline-start-width: 0.5rem;
  }
  .qd-choice--wrong {
    border-color: var(--_danger);
    border-inline-start-width: 0.5rem;
  }
  .qd-choice__mark {
    margin-inline-start: auto;
    font-weight: 700;
    white-space: nowrap;
  }
  .qd-choice--right .qd-choice__mark {
    color: var(--_success);
  }
  .qd-choice--wrong .qd-choice__mark {
    color: var(--_danger);
  }
  .qd-text-answer label {
    display: block;
    font-weight: 600;
    margin-block-end: calc(var(--_space) / 2);
  }
  .qd-text-answer input {
    width: 100%;
    max-width: 30rem;
    min-height: var(--_target);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
  }
  .qd-quiz__error {
    color: var(--_danger);
    font-weight: 600;
  }
  .qd-quiz__feedback:not(:empty) {
    margin-block-end: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface);
    border-inline-start: 0.5rem solid var(--_primary);
  }
  .qd-quiz__feedback--right:not(:empty) {
    border-inline-start-color: var(--_success);
  }
  .qd-quiz__feedback--wrong:not(:empty) {
    border-inline-start-color: var(--_danger);
  }
  .qd-quiz__feedback p:last-child {
    margin-block-end: 0;
  }
  .qd-quiz__score {
    font-size: 2.5em;
    font-weight: 800;
    margin: 0;
    line-height: 1.1;
  }
  .qd-quiz__review {
    padding-inline-start: 1.5em;
  }
  .qd-quiz__review > li {
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-quiz__verdict {
    font-weight: 700;
  }
  .qd-quiz__verdict--right {
    color: var(--_success);
  }
  .qd-quiz__verdict--wrong {
    color: var(--_danger);
  }
  .qd-quiz__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin-block: calc(var(--_space) * 2);
  }
  .qd-print {
    display: none;
  }
  @media print {
    .qd-screen {
      display: none !important;
    }
    .qd-print {
      display: block;
      font-size: 12pt;
    }
    .qd-print__question {
      break-inside: avoid;
      margin-block-end: 1.5em;
    }
    .qd-print__box {
      display: inline-block;
      width: 1em;
      height: 1em;
      border: 1px solid #000;
      margin-inline-end: 0.5em;
      vertical-align: middle;
    }
    .qd-print__line {
      border-block-end: 1px solid #000;
      height: 2em;
    }
    .qd-print__key {
      break-before: page;
    }
  }
  @media (forced-colors: active) {
    .qd-choice {
      border-color: ButtonText;
    }
    .qd-choice:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
