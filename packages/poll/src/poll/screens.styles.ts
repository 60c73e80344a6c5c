import { css } from 'lit';

/**
 * The styles of what a poll shows once someone starts answering (progress, scales, ranking lists,
 * character counts, the list of answers to correct, review, countdown): they come with the later
 * screens (`screens.part.ts`) and join the poll's shadow root then: the questions' fieldsets,
 * choices, fields and errors too (the staff panel has core's own styles).
 */
export const screensStyles = css`
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
  .qd-poll__progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-poll__progress p {
    margin: 0;
    font-weight: 600;
  }
  progress {
    flex: 1 1 8rem;
    height: 0.75rem;
    accent-color: var(--_primary);
  }
  .qd-q__n {
    color: var(--_muted);
  }
  .qd-q__required {
    font-size: 0.8em;
    font-weight: 600;
    color: var(--_muted);
  }
  .qd-choice__image {
    max-width: 6rem;
    border-radius: calc(var(--_radius) / 2);
  }
  .qd-scale {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .qd-scale__option {
    margin: 0;
    min-width: calc(var(--_target) * 1.5);
    justify-content: center;
    font-weight: 600;
  }
  .qd-scale__ends {
    display: flex;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
    margin-block-start: var(--_space);
    color: var(--_muted);
  }
  .qd-rank {
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
  }
  .qd-rank__item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding: var(--_space);
    margin-block-end: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .qd-rank__item--drag {
    border-color: var(--_primary);
    border-style: dashed;
  }
  .qd-rank__handle {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: var(--_target);
    height: var(--_target);
    flex: none;
    color: var(--_muted);
    cursor: grab;
    touch-action: none;
  }
  .qd-rank__handle svg {
    width: 1.5em;
    height: 1.5em;
  }
  .qd-rank__pos {
    font-weight: 800;
    min-width: 1.5em;
  }
  .qd-rank__text {
    flex: 1 1 10rem;
  }
  .qd-rank__buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .qd-rank__buttons .qd-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .qd-rank__live:empty {
    display: none;
  }
  .qd-text__count {
    margin-block: calc(var(--_space) / 2) 0;
    color: var(--_muted);
  }
  .qd-text__count--over {
    color: var(--_danger);
    font-weight: 700;
  }
  .qd-poll__summary {
    padding: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 3);
    border: 2px solid var(--_danger);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
  }
  .qd-poll__summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .qd-link {
    min-height: var(--_target);
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    text-align: start;
    cursor: pointer;
  }
  .qd-review {
    margin: 0 0 calc(var(--_space) * 2);
  }
  .qd-review__item {
    padding: calc(var(--_space) * 1.5) 0;
    border-block-end: 1px solid var(--_border);
  }
  .qd-review dt {
    font-weight: 700;
    margin-block-end: var(--_space);
  }
  .qd-review dd {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .qd-review__answer :is(ul, ol) {
    margin: 0;
  }
  .qd-poll__countdown {
    font-size: 2em;
    font-weight: 800;
    margin: 0;
  }
  .qd-poll__sent:empty {
    display: none;
  }
  @media (forced-colors: active) {
    .qd-rank__item {
      border-color: ButtonText;
    }
  }
`;
