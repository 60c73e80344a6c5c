/** Registers <qd-parental-guide> and <qd-screen-pact> (safe to load twice). */
import { defineElement } from '@quartiers-douai/core';
import { QdParentalGuide } from './parental-guide/parental-guide.js';
import { QdScreenPact } from './screen-pact/screen-pact.js';

defineElement('qd-screen-pact', QdScreenPact);
defineElement('qd-parental-guide', QdParentalGuide);

export { QdParentalGuide, QdScreenPact };
