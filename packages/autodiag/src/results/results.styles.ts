import { css } from 'lit';

/**
 * The styles of the results screen (`results.part.ts`): the profile table and its level bars, the
 * workshops, what only the printed sheet shows. The results render in the self-check's shadow
 * root, so these are part of `<qd-autodiag>`'s styles.
 */
export const resultsStyles = css`
  .qd-area-name {
    display: flex;
    align-items: center;
    gap: var(--_space);
  }
  .qd-level-msg {
    display: block;
    color: var(--_muted);
  }
  .qd-profile {
    border-collapse: collapse;
    width: 100%;
  }
  .qd-profile caption {
    font-weight: 700;
  }
  .qd-profile caption,
  .qd-profile :is(th, td) {
    text-align: start;
    padding: var(--_space);
  }
  .qd-profile :is(th, td),
  .qd-workshop {
    border: 1px solid var(--_border);
    vertical-align: top;
  }
  .qd-bar {
    display: flex;
    gap: 0.25rem;
    color: var(--_primary);
  }
  .qd-bar span {
    width: 1.5rem;
    height: 0.75rem;
    border: 2px solid;
    border-radius: 0.25rem;
  }
  .qd-bar .on {
    background: currentColor;
  }
  .qd-workshops {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .qd-workshop {
    padding: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    background: var(--_surface);
    break-inside: avoid;
  }
  .qd-workshop h5 {
    font-size: 1.125em;
    margin: 0;
  }
  .qd-workshop dt {
    font-weight: 700;
  }
  .qd-workshop dd {
    margin: 0 0 var(--_space);
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .qd-print-only {
    display: none;
  }
  @media (forced-colors: active) {
    .qd-bar .on {
      background: CanvasText;
    }
  }
  @media print {
    .qd-print-only {
      display: inline;
    }
    p.qd-print-only {
      display: block;
    }
    .qd-profile :is(th, td),
    .qd-workshop {
      border-color: #000;
      background: #fff;
    }
  }
`;
