import { css } from 'lit';

export const tutoStyles = css`
  .qd-tuto {
    padding: calc(var(--_space) * 2);
  }
  .qd-tuto__view {
    margin: 0;
  }
  .qd-tuto__meta,
  .qd-tuto__hint,
  .qd-tuto__credit {
    color: var(--_muted);
  }
  .qd-tuto__progress {
    font-weight: 600;
    color: var(--_success);
  }
  .qd-steps {
    list-style: none;
    margin: calc(var(--_space) * 2) 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .qd-step {
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .qd-step--done {
    border-color: var(--_success);
    border-inline-start-width: 0.5rem;
  }
  @media screen {
    .qd-step--off {
      display: none;
    }
  }
  .qd-step__n {
    display: block;
    font-size: 0.8em;
    color: var(--_muted);
  }
  .qd-step__image {
    display: block;
    max-height: var(--qd-tuto-image-height, 24rem);
    width: auto;
    margin-block-end: calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }
  .qd-step__voice {
    margin-block: calc(var(--_space) * 2);
  }
  .qd-step__voice audio {
    display: block;
    width: 100%;
    max-width: 28rem;
    margin-block-end: var(--_space);
  }
  .qd-step__transcript {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 0.25rem solid var(--_border);
    background: var(--_surface);
  }
  .qd-step__done[aria-pressed='true'] {
    background: var(--_success);
    border-color: var(--_success);
    color: var(--_bg);
  }
  .qd-step .qd-toolbar,
  .qd-read-aloud {
    margin-block: var(--_space) 0;
  }
  .qd-tuto__end {
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_success);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .qd-tuto__credit {
    margin-block-start: calc(var(--_space) * 2);
    font-size: 0.9em;
  }
  @media (forced-colors: active) {
    .qd-step--done,
    .qd-step__done[aria-pressed='true'] {
      border-color: Highlight;
    }
  }
  @media print {
    .qd-tuto {
      padding: 0;
    }
    .qd-step {
      break-inside: avoid;
      border-color: #000;
      page-break-inside: avoid;
    }
    .qd-step__image {
      max-height: 9cm;
      max-width: 100%;
    }
    .qd-tuto__credit {
      color: #000;
    }
  }
`;
