/** Registers <qd-scenario> and <qd-scenario-debrief> (safe to load twice). */
import { defineElement } from '@quartiers-douai/core';
import { QdScenario } from './scenario/scenario.js';
import { QdScenarioDebrief } from './debrief/debrief.js';

defineElement('qd-scenario', QdScenario);
defineElement('qd-scenario-debrief', QdScenarioDebrief);

declare global {
  interface HTMLElementTagNameMap {
    'qd-scenario': QdScenario;
    'qd-scenario-debrief': QdScenarioDebrief;
  }
}

export { QdScenario, QdScenarioDebrief };
