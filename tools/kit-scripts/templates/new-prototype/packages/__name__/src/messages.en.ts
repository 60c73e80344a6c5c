import type { Catalog } from '@quartiers-douai/core';
import type { __Name__Key } from './messages.js';

// English UI strings: a separate module, loaded only when the page is in English (ADR 0012).

const catalog: Partial<Catalog<__Name__Key>> = {
  continue: 'Continue',
  restart: 'Start again',
  step: 'Step {n} of {total}',
};

export default catalog;
