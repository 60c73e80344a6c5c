import type { Catalog } from '@quartiers-douai/core';
import type { DemarcheKey } from './messages.js';

// Arabic UI strings (right to left, Latin digits: ADR 0005): loaded only for Arabic pages.

const catalog: Partial<Catalog<DemarcheKey>> = {
  training: 'نموذج للتدريب: هذا ليس الموقع الحقيقي، ولا يُرسَل أي شيء.',
  official: 'الخدمة الحقيقية: {org}',
  checkedOn: 'تم التحقق من الخطوات في {date}.',
  startGuided: 'ابدأ مع الإرشاد خطوة بخطوة',
  startPractice: 'أتدرّب وحدي',
  stepsFailed:
    'تعذّر تحميل بقية التمرين (لا يوجد اتصال بالإنترنت؟). عند عودة الاتصال أعد المحاولة؛ وإن لم يتغيّر شيء فأعد تحميل الصفحة.',
  progress: 'الخطوة {n} من {total}',
  screen: 'الشاشة (نموذج)',
  guidedDo: 'المطلوب: اضغط على «{label}»، المحاط بلون على الشاشة.',
  wrong: 'ليس هنا. انظر إلى الشاشة مرة أخرى.',
  right: 'أحسنت!',
  hint: 'تلميح: ابحث عن «{label}»، المحاط بلون على الشاشة.',
  sample: 'بيانات للتجربة — لا تكتب معلوماتك الحقيقية.',
  typeThis: 'المثال الذي تكتبه: {value}',
  fieldEmpty: 'املأ هذا الحقل بالمثال.',
  fieldWrong: 'اكتب المثال: {value}',
  validate: 'تأكيد',
  fixFields: 'صحّح الحقول المشار إليها ببيانات التجربة.',
  tip: 'نصيحة',
  warning: 'انتبه',
  previous: 'الخطوة السابقة',
  restart: 'ابدأ من جديد',
  endTitle: 'أحسنت، أنهيت كل الخطوات!',
  endText: 'كان هذا تدريبًا: لم يُرسَل أي شيء. عندما تكون جاهزًا، قم بالإجراء الحقيقي.',
  prepare: 'ما يجب تحضيره',
  why: 'السبب: {why}',
  ready: '{n} من {total} جاهزة',
  print: 'اطبع القائمة',
  glossary: 'كلمات يجب معرفتها',
};

export default catalog;
