import { css } from 'lit';

/** Cards and details, shared by `<qd-agenda>` and `<qd-event-card>`. */
export const cardStyles = css`
  .qd-event {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-inline-start: 0.375rem solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .qd-event > * {
    margin-block: 0 var(--_space);
  }
  .qd-event .qd-toolbar {
    margin-block-end: 0;
  }
  .qd-event__title {
    font-size: 1.125em;
    overflow-wrap: anywhere;
  }
  .qd-event__when {
    font-weight: 700;
  }
  .qd-event__tags {
    color: var(--_muted);
  }
  .qd-event--cancelled {
    border-inline-start-color: var(--qd-agenda-cancelled, var(--_danger));
  }
  .qd-event--cancelled .qd-event__name {
    text-decoration: line-through;
  }
  .qd-badge {
    display: inline-block;
    padding: 0 calc(var(--_space) * 0.75);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.875em;
    font-weight: 700;
  }
  .qd-cancelled {
    color: var(--qd-agenda-cancelled, var(--_danger));
  }
  .qd-detail__image {
    display: block;
    max-height: 14rem;
    margin-block-end: var(--_space);
  }
  .qd-detail__heading {
    font-size: 1em;
    margin-block: calc(var(--_space) * 2) calc(var(--_space) * 0.5);
  }
  .qd-contact {
    list-style: none;
    padding: 0;
  }
  .qd-contact a {
    display: inline-block;
    min-height: 1.5rem;
    padding-block: 0.25rem;
  }
  .qd-root :where(p, li, h3, h4, td) {
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    .qd-event,
    .qd-event--cancelled {
      border-color: CanvasText;
    }
  }
`;
