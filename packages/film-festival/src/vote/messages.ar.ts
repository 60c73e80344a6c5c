import type { Catalog } from '@quartiers-douai/core';
import type { VoteKey } from './messages.js';

// Arabic UI strings of the audience vote: loaded only when the page is in Arabic (ADR 0012).

const catalog: Partial<Catalog<VoteKey>> = {
  title: 'جائزة الجمهور: {title}',
  choose: 'صوّت لفيلمك المفضل',
  vote: 'صوّت',
  pickFirst: 'اختر فيلمًا قبل التصويت.',
  thanks: 'شكرًا على تصويتك!',
  thanksText: 'تم احتساب صوتك لفيلم «{film}».',
  demo: 'عرض تجريبي: لا تُحفظ الأصوات.',
  notTaken:
    'تعذّر حفظ صوتك: لم يستلمه الموقع. ما زال اختيارك هنا؛ أعد المحاولة لاحقًا أو أخبر الفريق.',
  next: 'الشخص التالي',
  stay: 'البقاء على هذه الشاشة',
  resetIn: {
    one: 'تعود الشاشة إلى التصويت بعد ثانية واحدة.',
    other: 'تعود الشاشة إلى التصويت بعد {count} ثوانٍ.',
  },
  already: 'لقد صوّتّ من قبل على هذا الجهاز. شكرًا!',
  staff: 'فضاء الفريق',
  staffFailed: 'تعذّر فتح فضاء الفريق. تحقّق من الاتصال بالإنترنت، ثم أعد المحاولة.',
};

export default catalog;
