import { css } from 'lit';

export const juryStyles = css`
  .qd-jury {
    padding: calc(var(--_space) * 2);
  }
  .qd-jury__meta,
  .qd-hint {
    color: var(--_muted);
    margin-block: 0 var(--_space);
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
  }
  legend {
    font-weight: 700;
    padding-inline: calc(var(--_space) / 2);
  }
  .qd-scale {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .qd-scale label {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: calc(var(--_space) / 2);
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .qd-scale input {
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
  }
  .qd-field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    margin-block-end: calc(var(--_space) * 2);
  }
  textarea,
  input[type='text'] {
    font: inherit;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    max-width: 100%;
    box-sizing: border-box;
  }
  .qd-total {
    font-weight: 700;
    font-size: 1.15em;
  }
  .qd-table-wrap {
    overflow-x: auto;
    margin-block-end: calc(var(--_space) * 2);
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: var(--_space);
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: calc(var(--_space) / 2) var(--_space);
    text-align: start;
    vertical-align: top;
  }
  td.qd-num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .qd-jury__ask {
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-jury__ask .qd-toolbar {
    margin-block-end: 0;
  }
  .qd-messages {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25rem;
  }
  @media print {
    .qd-scale label {
      border: 0;
    }
    /* A scrolling region prints only what it shows: the whole table goes on paper. */
    .qd-table-wrap {
      overflow: visible;
    }
  }
`;
