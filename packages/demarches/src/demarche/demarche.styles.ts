import { css } from 'lit';

export const demarcheStyles = css`
  .qd-demarche {
    padding: calc(var(--_space) * 2);
  }
  .qd-training {
    display: inline-block;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .qd-progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    color: var(--_muted);
    font-weight: 600;
  }
  .qd-progress progress {
    flex: 1 1 8rem;
    max-inline-size: 16rem;
    block-size: 0.5rem;
    accent-color: var(--_primary);
  }
  /* The steps' element is a wrapper only: its content lays out as the step's own. */
  qd-demarche-step {
    display: contents;
  }
  .qd-guide {
    font-weight: 600;
    color: var(--_primary);
  }
  .qd-shot {
    position: relative;
    inline-size: fit-content;
    max-inline-size: min(100%, 36rem);
    margin-block-end: calc(var(--_space) * 2);
    border: 2px solid var(--_border);
    line-height: 0;
  }
  .qd-shot img {
    display: block;
    inline-size: 100%;
    block-size: auto;
  }
  /* Physical left/top (set in %, see updated()): the picture is never mirrored, even in Arabic. */
  .qd-hotspot {
    position: absolute;
    min-inline-size: 1.5rem;
    min-block-size: 1.5rem;
    margin: 0;
    padding: 0;
    border: 2px dashed var(--_primary);
    border-radius: 0.25rem;
    background: transparent;
    cursor: pointer;
  }
  .qd-hotspot:hover {
    background: color-mix(in srgb, var(--_primary) 12%, transparent);
  }
  .qd-hotspot--target {
    border: 4px solid var(--qd-demarche-target, var(--_primary));
    box-shadow: 0 0 0 3px var(--_bg);
    animation: qd-pulse 1.6s ease-in-out 3;
  }
  .qd-hotspot--wrong {
    border-color: var(--_danger);
    border-style: solid;
  }
  @keyframes qd-pulse {
    50% {
      box-shadow: 0 0 0 6px color-mix(in srgb, var(--_primary) 40%, transparent);
    }
  }
  .qd-mock {
    display: grid;
    gap: calc(var(--_space) * 2);
    max-inline-size: 32rem;
    margin-block-end: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .qd-mock > * {
    margin: 0;
  }
  .qd-sample {
    font-weight: 700;
    color: var(--_danger);
  }
  .qd-field {
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .qd-field label {
    font-weight: 600;
  }
  .qd-field p {
    margin: 0;
  }
  .qd-example {
    color: var(--_muted);
  }
  .qd-field input {
    min-block-size: var(--_target);
    padding: var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    inline-size: 100%;
  }
  .qd-field input[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .qd-error {
    color: var(--_danger);
    font-weight: 600;
  }
  .qd-feedback:empty {
    margin: 0;
  }
  .qd-feedback {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .qd-hotspot {
      border-color: ButtonText;
    }
    .qd-hotspot--target {
      border-color: Highlight;
    }
  }
  @media print {
    .qd-hotspot {
      display: none;
    }
  }
`;
