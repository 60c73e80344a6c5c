import type { Catalog } from '@quartiers-douai/core';
import type { ResultsKey } from './messages.js';

// Arabic strings of the results: a separate module, loaded only when the page is in Arabic (ADR 0012).

const catalog: Partial<Catalog<ResultsKey>> = {
  resultsTitle: 'النتائج',
  participants: 'عدد المشاركات: {count}',
  updated: 'النتائج بتاريخ {date}',
  respondents: 'عدد الإجابات: {count}',
  multipleNote: 'يمكن اختيار عدة خيارات: المجموع يتجاوز 100%',
  votes: {
    zero: '0 صوت',
    one: 'صوت واحد',
    two: 'صوتان',
    few: '{count} أصوات',
    other: '{count} صوتًا',
  },
  points: {
    zero: '0 نقطة',
    one: 'نقطة واحدة',
    two: 'نقطتان',
    few: '{count} نقاط',
    other: '{count} نقطة',
  },
  meanRank: 'متوسط المرتبة {rank}',
  bordaNote:
    'الترتيب بطريقة بوردا: مع {count} خيارات، يحصل الخيار الأول على {max} نقاط، والثاني على نقطة أقل… والأخير على 0. تُجمع نقاط كل الإجابات.',
  mean: 'المتوسط: {mean} (من {min} إلى {max})',
  answersCount: 'عدد الإجابات: {count}',
  showTable: 'اعرض كجدول',
  colChoice: 'الخيار',
  colVotes: 'الأصوات',
  colPercent: 'النسبة',
  colRank: 'المرتبة',
  colPoints: 'النقاط',
  colMeanRank: 'متوسط المرتبة',
  colValue: 'الدرجة',
  colAnswers: 'الإجابات',
  hiddenNever: 'نتائج هذا الاستطلاع غير منشورة هنا.',
  hiddenUntilVote: 'تظهر النتائج بعد مشاركتك.',
  hiddenUntilClose: 'ستُنشر النتائج بعد إغلاق الاستطلاع يوم {date}.',
};
export default catalog;
