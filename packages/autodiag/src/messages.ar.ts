import type { Catalog } from '@quartiers-douai/core';
import type { AutodiagKey } from './messages.js';

// Arabic UI strings (right to left, Latin digits: ADR 0005): loaded only for Arabic pages.

const catalog: Partial<Catalog<AutodiagKey>> = {
  start: 'ابدأ',
  notExam:
    'هذا ليس امتحانًا: لا توجد إجابة صحيحة أو خاطئة. لكل جملة، قل ما تفعله اليوم. يمكنك تخطي جملة.',
  length: '{count} جمل، حوالي {minutes} د.',
  areasTitle: 'المجالات',
  aggregateNote:
    'لمساعدة المركز على تنظيم ورشاته، يحسب هذا الجهاز عدد الأشخاص في كل مستوى. لا يحتفظ بإجاباتك ولا باسمك ولا بالوقت.',
  progress: '{n} من {total}',
  answersLabel: 'إجابتك',
  skip: 'تخطَّ',
  answered: 'تم تسجيل الإجابة: {answer}.',
  skipped: 'تم تخطي الجملة.',
  back: 'رجوع',
  resultsTitle: 'ملفي',
  encourage:
    'أحسنت، لقد وصلت إلى النهاية! هذا الملف ليس علامة: إنه يبيّن ما تعرف فعله، والورشات التي تساعدك على التقدّم.',
  profileCaption: 'مستواي في كل مجال',
  colArea: 'المجال',
  colLevel: 'المستوى',
  colAnswered: 'الجمل المجاب عنها',
  answeredOf: '{answered} من {total}',
  notEvaluated: 'لم يُقيَّم بعد',
  notEvaluatedHint: 'تم تخطي كل جمل هذا المجال: يمكننا التحدث عن ذلك.',
  canDoTitle: 'ما أعرف فعله',
  canDoNone: 'لا توجد جملة هنا بعد: هذا طبيعي في البداية. كل ورشة ستساعدك.',
  workshopsTitle: 'الورشات المقترحة لي',
  workshopsNone: 'لا توجد ورشة لهذا الملف حاليًا: اسأل في استقبال المركز.',
  forArea: 'المجال: {area}',
  when: 'متى',
  where: 'أين',
  contact: 'الاتصال',
  call: 'اتصل بالرقم {phone}',
  write: 'اكتب إلى {email}',
  more: 'لمعرفة المزيد',
  print: 'اطبع الورقة',
  save: 'احفظ الورقة (نص)',
  saved: 'تم تنزيل الورقة (ملف نصي).',
  backToItems: 'العودة إلى الجمل',
  restart: 'ابدأ من جديد',
  historyTitle: 'تقدّمي',
  historyConsent: 'احتفظ بنتائجي على هذا الجهاز لأرى تقدّمي عندما أعيد هذا التقييم',
  historyConsentHint:
    'المستويات والتاريخ فقط، وليس إجاباتك أبدًا. لا شيء يغادر هذا الجهاز. يمكنك مسح كل شيء متى شئت.',
  historyKept: 'نتائجك محفوظة على هذا الجهاز.',
  historyErased: 'تم مسح نتائجك المحفوظة من هذا الجهاز.',
  historyFirst: 'أول نتيجة محفوظة. أعد التقييم لاحقًا لترى تقدّمك هنا.',
  historyCaption: 'مستواي في كل مجال، في المرات الأخيرة',
  historyTrend: 'التطوّر',
  trendUp: 'تقدّم',
  trendSame: 'المستوى نفسه',
  trendDown: 'أقل قليلًا من المرة السابقة',
  trendFirst: '—',
  historyChart: 'الجدول نفسه في صورة: شريط لكل مرة، كلما طال كان المستوى أعلى.',
  historyToday: 'اليوم',
  staffOpen: 'فضاء الفريق',
  resultsFailed: 'تعذّر تحميل الملف: تحقق من الاتصال ثم اضغط على إجابتك مرة أخرى.',
  staffFailed: 'تعذّر تحميل فضاء الفريق: تحقق من الاتصال ثم أعد المحاولة.',
};

export default catalog;
