import { css } from 'lit';

/**
 * Styles of `<qd-__element__>`, on top of core's `baseStyles` (buttons, toolbar, focus, themes).
 * Sizes in rem/em (they follow the page's text size); custom properties fall back to kit tokens.
 */
export const __camel__Styles = css`
  .qd-__name__ {
    padding: calc(var(--_space) * 2);
  }
  .qd-__name__-progress {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .qd-__name__-screen {
    padding-inline-start: calc(var(--_space) * 2);
    border-inline-start: 0.25rem solid var(--qd-__name__-accent, var(--_primary));
  }
  @media print {
    .qd-__name__-screen {
      border-color: #000;
    }
  }
`;
