import { css } from 'lit';

export const resultsStyles = css`
  .qd-results {
    padding: calc(var(--_space) * 2);
  }
  .qd-results__question {
    margin-block-end: calc(var(--_space) * 4);
  }
  .qd-results__meta,
  .qd-poll__hint {
    color: var(--_muted);
  }
  .qd-bars {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
  }
  .qd-bars > li {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(4rem, 3fr);
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    align-items: center;
    margin-block-end: calc(var(--_space) * 1.5);
  }
  ol.qd-bars {
    counter-reset: rank;
  }
  ol.qd-bars > li {
    counter-increment: rank;
  }
  ol.qd-bars .qd-bars__label::before {
    content: counter(rank) '. ';
    font-weight: 800;
  }
  .qd-bars__value {
    grid-column: 2;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .qd-bar {
    display: block;
    height: 1.25rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
    overflow: hidden;
  }
  .qd-bar__fill {
    display: block;
    height: 100%;
    inline-size: var(--w, 0%);
    background: var(--qd-poll-bar-color, var(--_primary));
  }
  @media (max-width: 30rem) {
    .qd-bars > li {
      grid-template-columns: minmax(0, 1fr);
    }
    .qd-bars__value {
      grid-column: 1;
    }
  }
  .qd-results__table summary {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  table {
    border-collapse: collapse;
    margin-block: var(--_space);
    max-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_space);
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: calc(var(--_space) / 2) var(--_space);
    text-align: start;
    vertical-align: top;
  }
  td {
    font-variant-numeric: tabular-nums;
  }
  .qd-results__texts > li {
    margin-block-end: var(--_space);
    white-space: pre-line;
  }
  @media (forced-colors: active) {
    .qd-bar__fill {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
  @media print {
    .qd-results__table {
      display: none;
    }
    .qd-bar__fill {
      print-color-adjust: exact;
    }
  }
`;
