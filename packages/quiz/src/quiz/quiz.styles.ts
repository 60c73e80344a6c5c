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
  [aria-invalid='true'] {
    border-color: var(--_danger) !important;
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
`;
