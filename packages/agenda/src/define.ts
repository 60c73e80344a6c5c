/** Registers <qd-agenda> and <qd-event-card> (safe to load twice). */
import { defineElement } from '@quartiers-douai/core';
import { QdAgenda } from './agenda/agenda.js';
import { QdEventCard } from './event-card/event-card.js';

defineElement('qd-agenda', QdAgenda);
defineElement('qd-event-card', QdEventCard);

declare global {
  interface HTMLElementTagNameMap {
    'qd-agenda': QdAgenda;
    'qd-event-card': QdEventCard;
  }
}

export { QdAgenda, QdEventCard };
