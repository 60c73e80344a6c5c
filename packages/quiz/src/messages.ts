import type { Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-quiz>`. "Junior" variants speak to children (tutoiement, encouraging). */
export type QuizKey =
  | 'start'
  | 'startJunior'
  | 'questionCount'
  | 'progress'
  | 'progressLabel'
  | 'validate'
  | 'next'
  | 'seeResult'
  | 'chooseOne'
  | 'chooseSome'
  | 'writeAnswer'
  | 'answerLabel'
  | 'multipleHint'
  | 'correct'
  | 'incorrect'
  | 'correctJunior'
  | 'incorrectJunior'
  | 'rightAnswer'
  | 'true'
  | 'false'
  | 'resultTitle'
  | 'resultTitleJunior'
  | 'scoreSentence'
  | 'passed'
  | 'failed'
  | 'passedJunior'
  | 'failedJunior'
  | 'reviewTitle'
  | 'reviewRight'
  | 'reviewWrong'
  | 'yourAnswer'
  | 'noAnswer'
  | 'explanation'
  | 'restart'
  | 'retryMistakes'
  | 'print'
  | 'answerKey'
  | 'printName'
  | 'resumed'
  | 'mistakesRound'
  | 'allRight';

export const quizMessages: Messages<QuizKey> = {
  fr: {
    start: 'Commencer',
    startJunior: "C'est parti !",
    questionCount: { one: '{count} question', other: '{count} questions' },
    progress: 'Question {current} sur {total}',
    progressLabel: 'Progression',
    validate: 'Valider ma réponse',
    next: 'Question suivante',
    seeResult: 'Voir mon résultat',
    chooseOne: 'Choisissez une réponse, puis validez.',
    chooseSome: 'Choisissez au moins une réponse, puis validez.',
    writeAnswer: 'Écrivez une réponse, puis validez.',
    answerLabel: 'Votre réponse',
    multipleHint: 'Plusieurs réponses possibles.',
    correct: 'Bonne réponse !',
    incorrect: 'Pas tout à fait.',
    correctJunior: "Bravo, c'est juste !",
    incorrectJunior: "Ce n'est pas grave : regarde la bonne réponse.",
    rightAnswer: { one: 'La bonne réponse : {answer}', other: 'Les bonnes réponses : {answer}' },
    true: 'Vrai',
    false: 'Faux',
    resultTitle: 'Votre résultat',
    resultTitleJunior: 'Ton résultat',
    scoreSentence: {
      one: '{count} bonne réponse sur {total}',
      other: '{count} bonnes réponses sur {total}',
    },
    passed: 'Réussi : vous avez atteint le score demandé.',
    failed: 'Pas encore : il faut {needed} bonnes réponses sur {total}. Vous pouvez réessayer.',
    passedJunior: 'Bravo, tu as réussi !',
    failedJunior: 'Presque ! Tu peux réessayer, tu vas y arriver.',
    reviewTitle: 'Revoir les questions',
    reviewRight: 'Juste',
    reviewWrong: 'À revoir',
    yourAnswer: 'Votre réponse : {answer}',
    noAnswer: '(pas de réponse)',
    explanation: 'Explication',
    restart: 'Recommencer',
    retryMistakes: 'Revoir mes erreurs',
    print: 'Imprimer',
    answerKey: 'Corrigé',
    printName: 'Prénom : ……………………',
    resumed: 'Vous reprenez là où vous en étiez.',
    mistakesRound: 'Révision de vos erreurs',
    allRight: 'Aucune erreur : bravo !',
  },
  en: {
    start: 'Start',
    startJunior: "Let's go!",
    questionCount: { one: '{count} question', other: '{count} questions' },
    progress: 'Question {current} of {total}',
    progressLabel: 'Progress',
    validate: 'Check my answer',
    next: 'Next question',
    seeResult: 'See my result',
    chooseOne: 'Choose an answer, then check it.',
    chooseSome: 'Choose at least one answer, then check it.',
    writeAnswer: 'Write an answer, then check it.',
    answerLabel: 'Your answer',
    multipleHint: 'Several answers possible.',
    correct: 'Right answer!',
    incorrect: 'Not quite.',
    correctJunior: "Well done, that's right!",
    incorrectJunior: 'Never mind: look at the right answer.',
    rightAnswer: { one: 'The right answer: {answer}', other: 'The right answers: {answer}' },
    true: 'True',
    false: 'False',
    resultTitle: 'Your result',
    resultTitleJunior: 'Your result',
    scoreSentence: {
      one: '{count} right answer out of {total}',
      other: '{count} right answers out of {total}',
    },
    passed: 'Passed: you reached the required score.',
    failed: 'Not yet: you need {needed} right answers out of {total}. You can try again.',
    passedJunior: 'Well done, you made it!',
    failedJunior: 'Almost! Try again, you can do it.',
    reviewTitle: 'Review the questions',
    reviewRight: 'Right',
    reviewWrong: 'To review',
    yourAnswer: 'Your answer: {answer}',
    noAnswer: '(no answer)',
    explanation: 'Explanation',
    restart: 'Start again',
    retryMistakes: 'Review my mistakes',
    print: 'Print',
    answerKey: 'Answer key',
    printName: 'First name: ……………………',
    resumed: 'You are picking up where you left off.',
    mistakesRound: 'Reviewing your mistakes',
    allRight: 'No mistakes: well done!',
  },
  ar: {
    start: 'ابدأ',
    startJunior: 'هيا بنا!',
    questionCount: {
      zero: 'لا أسئلة',
      one: 'سؤال واحد',
      two: 'سؤالان',
      few: '{count} أسئلة',
      other: '{count} سؤالًا',
    },
    progress: 'السؤال {current} من {total}',
    progressLabel: 'التقدّم',
    validate: 'تحقّق من إجابتي',
    next: 'السؤال التالي',
    seeResult: 'اعرض نتيجتي',
    chooseOne: 'اختر إجابة ثم تحقّق منها.',
    chooseSome: 'اختر إجابة واحدة على الأقل ثم تحقّق منها.',
    writeAnswer: 'اكتب إجابة ثم تحقّق منها.',
    answerLabel: 'إجابتك',
    multipleHint: 'يمكن اختيار عدة إجابات.',
    correct: 'إجابة صحيحة!',
    incorrect: 'ليس تمامًا.',
    correctJunior: 'أحسنت، هذا صحيح!',
    incorrectJunior: 'لا بأس: انظر إلى الإجابة الصحيحة.',
    rightAnswer: { one: 'الإجابة الصحيحة: {answer}', other: 'الإجابات الصحيحة: {answer}' },
    true: 'صحيح',
    false: 'خطأ',
    resultTitle: 'نتيجتك',
    resultTitleJunior: 'نتيجتك',
    scoreSentence: {
      one: 'إجابة صحيحة واحدة من {total}',
      two: 'إجابتان صحيحتان من {total}',
      few: '{count} إجابات صحيحة من {total}',
      other: '{count} إجابة صحيحة من {total}',
    },
    passed: 'نجحت: لقد بلغت النتيجة المطلوبة.',
    failed: 'ليس بعد: تحتاج إلى {needed} إجابات صحيحة من {total}. يمكنك المحاولة مجددًا.',
    passedJunior: 'أحسنت، لقد نجحت!',
    failedJunior: 'اقتربت! حاول مرة أخرى، ستنجح.',
    reviewTitle: 'مراجعة الأسئلة',
    reviewRight: 'صحيح',
    reviewWrong: 'للمراجعة',
    yourAnswer: 'إجابتك: {answer}',
    noAnswer: '(لا إجابة)',
    explanation: 'شرح',
    restart: 'ابدأ من جديد',
    retryMistakes: 'راجع أخطائي',
    print: 'اطبع',
    answerKey: 'الإجابات الصحيحة',
    printName: 'الاسم: ……………………',
    resumed: 'تستأنف من حيث توقفت.',
    mistakesRound: 'مراجعة أخطائك',
    allRight: 'لا أخطاء: أحسنت!',
  },
};
