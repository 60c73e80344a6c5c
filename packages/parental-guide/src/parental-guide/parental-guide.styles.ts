import { css } from 'lit';

export const guideStyles = css`
  /* While the content loads, the message takes about the room of the start screen on a phone
     (32rem at 412 px), so the help block below it does not jump when the content arrives. */
  .qd-loading {
    min-height: 32rem;
  }
  .qd-child {
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-child > fieldset {
    border: 0;
    padding: 0;
  }
  .qd-legal {
    margin-block-end: calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 2);
    border-inline-start: 0.375rem solid var(--_primary);
    background: var(--_surface);
  }
  .qd-card {
    margin-block-end: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .qd-card h4 {
    font-size: 1.1em;
    margin-block-end: var(--_space);
  }
  .qd-steps {
    padding-inline-start: 1.75em;
  }
  .qd-steps > li {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .qd-steps p {
    margin: 0;
  }
  .qd-steps img {
    display: block;
    max-height: 20rem;
    width: auto;
    margin-block: var(--_space);
    border-radius: var(--_radius);
  }
  .qd-done {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-height: var(--_target);
    font-weight: 600;
    cursor: pointer;
  }
  .qd-done input {
    accent-color: var(--_success);
  }
  .qd-count {
    font-weight: 600;
  }
  .qd-stale {
    padding-inline-start: var(--_space);
    border-inline-start: 0.375rem solid var(--_warning);
    color: var(--_warning);
  }
  .qd-empty {
    padding: var(--_space) calc(var(--_space) * 2);
    border-inline-start: 0.375rem solid var(--_warning);
    background: var(--_surface);
  }
  @media print {
    .qd-page + .qd-page,
    .qd-page-end {
      break-before: page;
    }
    .qd-box-line {
      display: flex;
      gap: 0.5em;
      break-inside: avoid;
    }
    .qd-box {
      font-size: 1.3em;
      line-height: 1;
    }
    .qd-print h4 {
      break-after: avoid;
    }
  }
`;
