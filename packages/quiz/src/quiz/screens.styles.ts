/**
 * The styles of the questions and the result (`screens.part.ts`): they come with those screens and
 * join the quiz's shadow root when they connect (core's `adoptStylesInto`, as the poll's later
 * screens do); the start screen and the paper version keep theirs in `quiz.styles.ts`.
 */
import { css } from 'lit';

export const screensStyles = css`
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
  @media (forced-colors: active) {
    .qd-choice {
      border-color: ButtonText;
    }
    .qd-choice:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
