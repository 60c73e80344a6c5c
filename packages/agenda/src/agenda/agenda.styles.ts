import { css } from 'lit';

export const agendaStyles = css`
  .qd-agenda {
    padding: calc(var(--_space) * 2);
    container-type: inline-size;
  }
  .qd-filters {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-filters fieldset {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
    max-width: 100%;
  }
  .qd-filters legend {
    font-weight: 700;
    padding-inline: calc(var(--_space) * 0.5);
  }
  .qd-field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
    max-width: 100%;
  }
  .qd-field select {
    min-height: var(--_target);
    max-width: 100%;
    padding-inline: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .qd-field--check {
    flex-direction: row;
    align-items: center;
    min-height: var(--_target);
  }
  .qd-field--check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .qd-count {
    font-weight: 700;
  }
  .qd-monthnav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-monthnav__title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    text-transform: capitalize;
  }
  .qd-day__title {
    margin-block: calc(var(--_space) * 2) var(--_space);
    color: var(--_primary);
    text-transform: capitalize;
  }
  .qd-events {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .qd-month {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
    margin-block-end: calc(var(--_space) * 2);
  }
  .qd-month caption {
    font-weight: 700;
    text-align: start;
    padding-block-end: var(--_space);
    text-transform: capitalize;
  }
  .qd-month th,
  .qd-month td {
    border: 1px solid var(--_border);
    vertical-align: top;
    padding: 0.125rem;
  }
  .qd-month abbr {
    text-decoration: none;
  }
  .qd-month td {
    height: 4.5rem;
  }
  .qd-month__out {
    background: var(--_surface);
  }
  .qd-month__today {
    outline: 3px solid var(--_primary);
    outline-offset: -3px;
  }
  .qd-month__day {
    display: block;
    font-weight: 700;
  }
  .qd-month ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.125rem;
  }
  .qd-chip {
    display: block;
    width: 100%;
    min-height: 1.5rem;
    padding: 0.125rem 0.25rem;
    border: 1px solid var(--_primary);
    border-radius: calc(var(--_radius) * 0.5);
    background: var(--_surface);
    text-align: start;
    font-size: 0.8125em;
    line-height: 1.25;
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .qd-chip__time {
    font-weight: 700;
  }
  .qd-chip--cancelled .qd-chip__title {
    text-decoration: line-through;
  }
  @container (max-width: 40rem) {
    .qd-chip__title {
      position: absolute !important;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .qd-chip {
      padding: 0.125rem 0;
      text-align: center;
      font-size: 0.75em;
    }
  }
  .qd-actions {
    margin-block-start: calc(var(--_space) * 2);
  }
  .qd-duplicates {
    margin-block-start: calc(var(--_space) * 2);
  }
  .qd-detail {
    margin-block: var(--_space) calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
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
      font-size: 11pt;
    }
    .qd-print h2 {
      font-size: 16pt;
    }
    .qd-print h3 {
      font-size: 13pt;
      margin-block: 8pt 2pt;
      break-after: avoid;
      text-transform: capitalize;
    }
    .qd-print ul {
      margin: 0;
      padding-inline-start: 1.25em;
    }
    .qd-print li {
      break-inside: avoid;
    }
    .qd-print__centres {
      margin-block-start: 12pt !important;
      border-block-start: 1px solid #000;
      padding-block-start: 6pt !important;
      list-style: none;
    }
  }
  @media (forced-colors: active) {
    .qd-chip {
      border-color: ButtonText;
    }
    .qd-month__today {
      outline-color: Highlight;
    }
  }
`;
