import type { Catalog } from '@quartiers-douai/core';
import type { ScenarioKey } from './messages.js';

// Arabic UI strings (right to left, Latin digits: ADR 0005): loaded only for Arabic pages.

const catalog: Partial<Catalog<ScenarioKey>> = {
  start: 'ابدأ',
  characters: 'الشخصيات: {names}',
  thread: 'المحادثة',
  you: 'أنت',
  typing: '{name} يكتب…',
  showAll: 'عرض الكل',
  choose: 'ماذا تفعل؟',
  chooseGroup: 'صوّتوا برفع الأيدي، واختاروا جواب المجموعة، ثم اكشفوا ما يحدث بعد ذلك.',
  option: 'الخيار {n}',
  reveal: 'اكشف ما يحدث',
  back: 'العودة إلى الخيار السابق',
  restart: 'ابدأ من جديد',
  endTitle: 'نهاية القصة',
  endGood: 'نهاية جيدة',
  endNeutral: 'نهاية متوسطة',
  endBad: 'نهاية صعبة',
  advice: 'تذكّر',
  pathTitle: 'اختياراتك',
  debriefTitle: 'النقاش: {title}',
  questions: 'لنتحدث عن ذلك',
  keyPoints: 'تذكّر',
  help: 'هل تحتاج إلى مساعدة؟',
  call: 'اتصل بالرقم {phone}',
  print: 'اطبع',
  resumed: 'تستأنف القصة من حيث توقفت.',
  memoryFailed:
    'تعذّر تحميل بقية القصة (لا يوجد اتصال بالإنترنت؟). عندما يعود الاتصال، أعد المحاولة.',
  score: 'نتيجتك: {score}',
  scoreOutOf: 'نتيجتك: {score} من {max}',
  locked: 'غير ممكن الآن',
};

export default catalog;
