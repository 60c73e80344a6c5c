import { css } from 'lit';

export const voteStyles = css`
  .qd-vote {
    padding: calc(var(--_space) * 2);
  }
  .qd-vote__demo {
    padding: var(--_space);
    border: 2px dashed;
    font-weight: 700;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  legend {
    font-weight: 700;
    font-size: 1.15em;
    margin-block-end: var(--_space);
  }
  .qd-choices {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .qd-choice {
    display: grid;
    grid-template-columns: auto auto 1fr;
    grid-template-areas: 'radio poster title' 'radio poster meta';
    align-items: center;
    column-gap: var(--_space);
    min-height: 3rem;
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .qd-choice--on {
    border-color: var(--_primary);
  }
  .qd-choice input {
    grid-area: radio;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }
  .qd-choice img {
    grid-area: poster;
    width: 6rem;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  .qd-choice__title {
    grid-area: title;
    font-weight: 700;
  }
  .qd-choice__meta,
  .qd-hint {
    grid-area: meta;
    color: var(--_muted);
  }
  .qd-error {
    color: var(--_danger);
    font-weight: 700;
  }
  .qd-staff-door {
    margin-block-start: calc(var(--_space) * 3);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  @media (max-width: 24rem) {
    .qd-choice {
      grid-template-columns: auto 1fr;
      grid-template-areas: 'radio title' 'radio meta';
    }
    .qd-choice img {
      display: none;
    }
  }
`;
