import type { Catalog } from '@quartiers-douai/core';
import type { TutoKey } from './messages.js';

// Arabic UI strings (right to left, Latin digits: ADR 0005): loaded only for Arabic pages.

const catalog: Partial<Catalog<TutoKey>> = {
  view: 'العرض',
  oneByOne: 'خطوة واحدة في كل مرة',
  allSteps: 'كل الخطوات',
  print: 'اطبع',
  materials: 'ما تحتاجه',
  meta: 'المستوى: {level}',
  debutant: 'مبتدئ',
  intermediaire: 'متوسط',
  avance: 'متقدم',
  minutes: 'حوالي {n} دقيقة',
  stepCount: { one: 'خطوة واحدة', other: '{count} خطوات' },
  start: 'ابدأ',
  stepOf: 'الخطوة {n} من {total}',
  prev: 'الخطوة السابقة',
  next: 'الخطوة التالية',
  finish: 'إنهاء',
  success: 'لقد نجحت',
  progress: { one: 'نجحت في خطوة واحدة من {total}', other: 'نجحت في {count} خطوات من {total}' },
  voice: 'صوت الخطوة {n}',
  transcript: 'ما يُقال:',
  doneTitle: 'أحسنت، لقد انتهيت!',
  doneText: 'يمكنك العودة إلى خطوة، أو طباعة الدرس، أو عرضه على شخص آخر.',
  backToStart: 'العودة إلى البداية',
  madeBy: 'درس من إعداد {who}',
  licence: 'الرخصة: {licence}',
  kept: 'تُحفظ الخطوات التي نجحت فيها على هذا الجهاز.',
};

export default catalog;
