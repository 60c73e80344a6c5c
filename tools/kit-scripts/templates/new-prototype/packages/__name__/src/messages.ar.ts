import type { Catalog } from '@quartiers-douai/core';
import type { __Name__Key } from './messages.js';

// Arabic UI strings (right to left, Latin digits: ADR 0005): loaded only for Arabic pages.

const catalog: Partial<Catalog<__Name__Key>> = {
  continue: 'متابعة',
  restart: 'ابدأ من جديد',
  step: 'الخطوة {n} من {total}',
};

export default catalog;
