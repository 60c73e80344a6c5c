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
`;
