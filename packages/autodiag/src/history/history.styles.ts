/** Styles of « Mes progrès » (`history.part.ts`): they join the self-check's shadow root with it. */
import { css } from 'lit';

export const historyStyles = css`
  .qd-history {
    margin-block-start: 1.5rem;
  }
  .qd-check {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    min-block-size: var(--qd-target-size, 44px);
  }
  .qd-check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
    accent-color: var(--qd-color-primary, #1d4ed8);
  }
  .qd-history__chart {
    margin: 1rem 0;
  }
  .qd-history__area {
    font-weight: 600;
    margin: 0.75rem 0 0.25rem;
  }
  .qd-history__row {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0.25rem 0;
  }
  .qd-history__day {
    flex: 0 0 9rem;
    font-size: 0.875em;
  }
  .qd-history__bar {
    flex: 1;
    block-size: 1rem;
    border: 1px solid currentColor;
    border-radius: var(--qd-radius, 0.25rem);
  }
  .qd-history__bar > span {
    display: block;
    block-size: 100%;
    background: var(--qd-color-primary, #1d4ed8);
  }
  @media (forced-colors: active) {
    .qd-history__bar > span {
      background: CanvasText;
    }
  }
  @media print {
    .qd-history__bar > span {
      print-color-adjust: exact;
    }
  }
`;
