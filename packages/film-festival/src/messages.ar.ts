import type { Catalog } from '@quartiers-douai/core';
import type { GalleryKey } from './messages.js';

// Arabic UI strings: a separate module, loaded only when the page is in Arabic (ADR 0012).

const catalog: Partial<Catalog<GalleryKey>> = {
  filters: 'فرز الأفلام',
  category: 'الفئة',
  allCategories: 'كل الفئات',
  centre: 'المركز الاجتماعي',
  allCentres: 'كل المراكز',
  listView: 'العرض على شكل قائمة',
  count: {
    zero: '{count} فيلم',
    one: 'فيلم واحد',
    two: 'فيلمان',
    few: '{count} أفلام',
    many: '{count} فيلمًا',
    other: '{count} فيلم',
  },
  none: 'لا يوجد فيلم مطابق: اختر فئة أو مركزًا آخر.',
  watch: 'شاهد الفيلم',
  watchFilm: 'شاهد الفيلم: {title}',
  back: 'كل الأفلام',
  by: 'من إنجاز {names}',
  minSec: '{m} د {s} ث',
  sec: '{s} ث',
  transcriptShow: 'إظهار النص المكتوب',
  transcriptHide: 'إخفاء النص المكتوب',
  noCaptions: 'بدون ترجمة مكتوبة: {reason}',
  fallback: 'هذا المتصفح لا يستطيع تشغيل هذا الفيديو.',
  download: 'تنزيل الفيديو',
};

export default catalog;
