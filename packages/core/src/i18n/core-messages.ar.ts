import type { Catalog } from './i18n.js';
import type { CoreKey } from './core-messages.js';

// Arabic UI strings: a separate module, loaded only when the page is in Arabic (ADR 0012).

const catalog: Partial<Catalog<CoreKey>> = {
  loading: 'جارٍ تحميل المحتوى…',
  loadingSlow: 'التحميل يستغرق وقتًا أطول من المتوقع. تحقّق من الاتصال بالإنترنت.',
  fetchErrorTitle: 'تعذّر تحميل المحتوى',
  fetchNetwork: 'فشل الاتصال. تحقّق من الاتصال بالإنترنت ثم أعد المحاولة.',
  fetchHttp: 'ردّ الخادم بخطأ ({status}). أعد المحاولة بعد قليل.',
  fetchNotFound: 'ملف المحتوى غير موجود (خطأ 404). تحقّق من العنوان في السمة src.',
  retry: 'أعد المحاولة',
  emptyTitle: 'لا يوجد محتوى لعرضه',
  readAloud: 'استمع',
  stopReading: 'أوقف القراءة',
  easyRead: 'نص سهل القراءة',
  newTab: '(يفتح في علامة تبويب جديدة)',
  exportData: 'تنزيل بياناتي',
  importData: 'الاستئناف من ملف',
  eraseData: 'امسح بياناتي',
  erased: 'تم مسح بياناتك من هذا الجهاز.',
  imported: 'تمت استعادة بياناتك من الملف.',
  importFailed: 'تعذّر استخدام هذا الملف: {reason}. لم يتغيّر شيء.',
  quarantined: 'بعض البيانات المحفوظة على هذا الجهاز كانت تالفة. تم وضعها جانبًا ولا تُستخدم.',
  quota: 'لا توجد مساحة كافية على الجهاز: لا يتم حفظ إجاباتك.',
  storageFailed: 'تعذّر بدء الحفظ على هذا الجهاز (الاتصال؟): لن يتم الاحتفاظ بإجاباتك.',
  setAsideTitle: 'بيانات تالفة وُضعت جانبًا',
  setAsideHelp:
    'بعض البيانات المحفوظة على هذا الجهاز كانت تالفة: وُضعت جانبًا ولا تُستخدم. زر «امسح بياناتي» لا يمسحها: نزّلها لتعرضها على أحد المنشّطين، ثم امسحها من هنا.',
  setAsideDownload: 'نزّل {file}',
  setAsideDiscard: 'امسح البيانات التالفة من هذا الجهاز',
  setAsideErased: 'تم مسح البيانات التالفة من هذا الجهاز.',
  kioskWarning: {
    zero: 'هل من أحد هنا؟ ستتم إعادة ضبط الشاشة الآن.',
    one: 'هل من أحد هنا؟ ستتم إعادة ضبط الشاشة خلال ثانية واحدة.',
    two: 'هل من أحد هنا؟ ستتم إعادة ضبط الشاشة خلال ثانيتين.',
    few: 'هل من أحد هنا؟ ستتم إعادة ضبط الشاشة خلال {count} ثوانٍ.',
    other: 'هل من أحد هنا؟ ستتم إعادة ضبط الشاشة خلال {count} ثانية.',
  },
  kioskContinue: 'أنا هنا، تابع',
  kioskDone: 'تمت إعادة ضبط الشاشة للشخص التالي.',
};
export default catalog;
