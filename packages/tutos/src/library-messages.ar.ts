import type { Catalog } from '@quartiers-douai/core';
import type { LibraryKey } from './library-messages.js';

// Arabic UI strings of the library (right to left, Latin digits: ADR 0005).

const catalog: Partial<Catalog<LibraryKey>> = {
  search: 'ابحث عن درس',
  searchHint: 'كلمة، بالحركات أو بدونها: «telephone»، «e-mail»…',
  themes: 'المواضيع',
  found: { one: 'درس واحد', other: '{count} دروس' },
  none: 'لا يوجد درس يطابق بحثك.',
  noneHint: 'جرّب كلمة أخرى، أو ألغِ اختيار موضوع.',
  showAll: 'عرض كل الدروس',
  emptyLibrary: 'لا توجد دروس في هذه المكتبة بعد.',
  read: 'اقرأ',
  debutant: 'مبتدئ',
  intermediaire: 'متوسط',
  avance: 'متقدم',
  minutes: 'حوالي {n} دقيقة',
  tagsOf: 'المواضيع: {tags}',
};

export default catalog;
