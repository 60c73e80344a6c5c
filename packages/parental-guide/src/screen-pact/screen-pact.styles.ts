import { css } from 'lit';

export const pactStyles = css`
  .qd-rules {
    display: grid;
    gap: var(--_space);
  }
  .qd-inline,
  .qd-custom {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .qd-inline input {
    flex: 1 1 14rem;
  }
  .qd-doc {
    padding: calc(var(--_space) * 3);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .qd-signatures li {
    display: flex;
    align-items: flex-end;
    gap: var(--_space);
    min-height: 3rem;
  }
  .qd-line {
    flex: 1;
    min-width: 8rem;
    border-block-end: 1px solid currentColor;
  }
  @media print {
    .qd-doc {
      border: 0;
      padding: 0;
    }
  }
`;
