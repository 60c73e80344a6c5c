import { css } from 'lit';

/** The "à préparer" list, the glossary and the boxes: shared by both elements. */
export const sharedStyles = css`
  .qd-checklist__items {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .qd-checklist__items li {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: var(--_space);
    align-items: start;
  }
  .qd-checklist__items input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.1rem 0 0;
    accent-color: var(--_primary);
  }
  .qd-checklist__items label {
    font-weight: 600;
    cursor: pointer;
  }
  .qd-checklist__why {
    grid-column: 2;
    margin: 0;
    color: var(--_muted);
  }
  .qd-checklist__count,
  .qd-checked {
    color: var(--_muted);
  }
  .qd-glossary dt {
    font-weight: 700;
  }
  .qd-glossary dd {
    margin: 0 0 var(--_space);
  }
  .qd-term {
    display: inline;
    min-block-size: 1.5rem;
    padding: 0 0.15em;
    border: 0;
    border-block-end: 2px dotted currentColor;
    border-radius: 0;
    background: var(--_surface);
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  .qd-term[aria-expanded='true'] {
    border-block-end-style: solid;
  }
  .qd-def,
  .qd-box {
    padding: var(--_space) calc(var(--_space) * 2);
    border-inline-start: 0.375rem solid var(--_primary);
    background: var(--_surface);
  }
  .qd-box--warning {
    border-inline-start-color: var(--_danger);
  }
  .qd-def[hidden] {
    display: none;
  }
  @media print {
    .qd-checklist__items input {
      accent-color: #000;
    }
    a[href^='https']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }
  @media (forced-colors: active) {
    .qd-term {
      border-block-end-color: LinkText;
      color: LinkText;
    }
  }
`;
