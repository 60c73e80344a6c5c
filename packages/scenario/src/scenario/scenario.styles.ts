import { css } from 'lit';

export const scenarioStyles = css`
  .qd-scenario {
    padding: calc(var(--_space) * 2);
  }
  :host([group]) .qd-scenario {
    font-size: calc(var(--_font-size) * 1.5);
  }
  .qd-scenario__cast,
  .qd-hint {
    color: var(--_muted);
  }
  .qd-thread {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .qd-msg {
    display: flex;
    align-items: flex-end;
    gap: var(--_space);
    max-width: 40rem;
  }
  .qd-msg p,
  .qd-msg div > :last-child {
    margin-block-end: 0;
  }
  .qd-msg__bubble {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    border-end-start-radius: 0;
    background: var(--_surface);
  }
  .qd-msg__who {
    font-weight: 700;
    font-size: 0.875em;
  }
  .qd-msg--narration {
    align-self: center;
    font-style: italic;
    color: var(--_muted);
    text-align: center;
    flex-direction: column;
    align-items: center;
  }
  .qd-msg--you {
    align-self: flex-end;
  }
  .qd-msg--you .qd-msg__bubble {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
    border-end-start-radius: var(--_radius);
    border-end-end-radius: 0;
  }
  .qd-avatar {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 2.5rem;
    height: 2.5rem;
    border-radius: 50%;
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
    object-fit: cover;
  }
  .qd-msg__image {
    display: block;
    margin-block-start: var(--_space);
    border-radius: var(--_radius);
    max-height: 16rem;
    width: auto;
  }
  .qd-read-aloud {
    margin-block-start: var(--_space);
  }
  .qd-typing {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-block-end: calc(var(--_space) * 2);
    color: var(--_muted);
  }
  .qd-typing p {
    margin: 0;
  }
  .qd-typing__dots::before {
    content: '•••';
    display: inline-block;
    animation: qd-blink 1.2s infinite;
  }
  @keyframes qd-blink {
    50% {
      opacity: 0.3;
    }
  }
  .qd-choices__list {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .qd-choice {
    width: 100%;
    justify-content: flex-start;
    text-align: start;
    flex-wrap: wrap;
  }
  .qd-choice__n {
    font-weight: 700;
  }
  .qd-choice[aria-disabled] {
    border-style: dashed;
  }
  .qd-end {
    margin-block-end: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 2);
    border: 2px solid var(--_border);
    border-inline-start-width: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .qd-end--good {
    border-color: var(--_success);
  }
  .qd-end--bad {
    border-color: var(--_danger);
  }
  h4 {
    margin: calc(var(--_space) * 2) 0 var(--_space);
  }
  @media print {
    .qd-msg__bubble {
      border-color: #000;
    }
  }
`;
