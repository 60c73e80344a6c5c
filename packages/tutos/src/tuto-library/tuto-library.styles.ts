import { css } from 'lit';

/** The styles of `<qd-tuto-library>` (with core's `baseStyles`). */
export const libraryStyles = css`
  .qd-library {
    padding: calc(var(--_space) * 2);
  }
  .qd-library label,
  .qd-library legend {
    font-weight: 600;
  }
  .qd-library__hint,
  .qd-library__meta {
    color: var(--_muted);
    margin: 0 0 var(--_space);
  }
  input[type='search'] {
    display: block;
    width: 100%;
    max-width: 28rem;
    min-height: var(--_target);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  fieldset {
    margin: calc(var(--_space) * 2) 0;
    padding: var(--_space) calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .qd-library__tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
  }
  .qd-library__tags label {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
    min-height: var(--_target);
    font-weight: 400;
  }
  .qd-library__tags input {
    width: 1.25rem;
    height: 1.25rem;
  }
  .qd-library__count {
    font-weight: 600;
  }
  .qd-library__list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .qd-library__entry {
    padding: calc(var(--_space) * 2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .qd-library__entry h3 {
    margin-block-end: var(--_space);
  }
  .qd-library__entry h3 a {
    display: inline-block;
    min-height: 1.5rem;
  }
`;
