import { css } from 'lit';

export const galleryStyles = css`
  .qd-festival {
    padding: calc(var(--_space) * 2);
  }
  .qd-festival__meta,
  .qd-film__meta {
    color: var(--_muted);
    margin-block: 0 var(--_space);
  }
  .qd-filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space) calc(var(--_space) * 2);
    border: 0;
    padding: 0;
    margin: 0 0 var(--_space);
    min-width: 0;
  }
  .qd-filters legend {
    font-weight: 700;
    margin-block-end: calc(var(--_space) / 2);
  }
  .qd-filters label {
    flex: 1 1 12rem;
    min-width: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  select {
    font: inherit;
    min-height: 2.75rem;
    padding-inline: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    width: 100%;
    max-width: 24rem;
  }
  .qd-films {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(100%, var(--qd-film-gallery-card-width, 15rem)), 1fr)
    );
    gap: calc(var(--_space) * 2);
  }
  :host([list]) .qd-films,
  .qd-films--list {
    grid-template-columns: 1fr;
  }
  .qd-card {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    height: 100%;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .qd-films--list .qd-card {
    display: grid;
    grid-template-columns: minmax(6rem, 10rem) 1fr;
    align-items: start;
  }
  .qd-card h3 {
    margin: 0;
  }
  .qd-card img,
  video {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_border);
  }
  .qd-card p {
    margin: 0;
  }
  .qd-card .qd-button {
    margin-block-start: auto;
    align-self: start;
  }
  video {
    object-fit: contain;
    background: #000;
    max-height: 70vh;
  }
  .qd-back::before {
    content: '←' / '';
    margin-inline-end: 0.25em;
  }
  :host(:dir(rtl)) .qd-back::before,
  [dir='rtl'] .qd-back::before {
    content: '→' / '';
  }
  .qd-transcript p {
    white-space: pre-line;
  }
  .qd-transcript {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_border);
  }
  @media print {
    video,
    .qd-filters {
      display: none;
    }
    .qd-transcript[hidden] {
      display: block;
    }
    .qd-card {
      break-inside: avoid;
    }
  }
`;
