import type { Messages } from '@quartiers-douai/core';

/** UI strings of `<qd-poll>` and `<qd-poll-results>`. */
export type PollKey =
  // intro, dates
  | 'start'
  | 'questionCount'
  | 'openUntil'
  | 'requiredHint'
  | 'privacyTitle'
  | 'notOpenYet'
  | 'closed'
  | 'alreadyVoted'
  | 'resumed'
  | 'rememberedHere'
  // questions
  | 'required'
  | 'questionN'
  | 'progress'
  | 'progressLabel'
  | 'previous'
  | 'next'
  | 'toReview'
  | 'maxChoicesHint'
  | 'moveUp'
  | 'moveDown'
  | 'rankingDone'
  | 'rankedAt'
  | 'alreadyFirst'
  | 'alreadyLast'
  | 'yourAnswer'
  | 'charsLeft'
  | 'charsOver'
  | 'summaryTitle'
  // answer problems
  | 'needChoice'
  | 'needChoices'
  | 'needRanking'
  | 'needScale'
  | 'needText'
  | 'tooManyChoices'
  | 'tooLong'
  // review, thanks
  | 'reviewTitle'
  | 'reviewIntro'
  | 'noAnswer'
  | 'scaleAnswer'
  | 'change'
  | 'willBeSent'
  | 'send'
  | 'backToQuestions'
  | 'thanksTitle'
  | 'thanksText'
  | 'sending'
  | 'sent'
  | 'queued'
  | 'queueSent'
  | 'keptHere'
  // kiosk, staff
  | 'nextPersonIn'
  | 'countdownPaused'
  | 'pauseCountdown'
  | 'voteAgain'
  | 'staffOpen'
  | 'staffTitle'
  | 'staffClose'
  | 'pinLabel'
  | 'pinSubmit'
  | 'pinWrong'
  | 'cancel'
  | 'boxCount'
  | 'boxOff'
  | 'outboxCount'
  | 'sendNow'
  | 'csvSeparator'
  | 'comma'
  | 'semicolon'
  | 'exportCsv'
  | 'exportJson'
  | 'showResults'
  | 'emptyBox'
  | 'emptyConfirm'
  | 'emptyYes'
  | 'boxEmptied'
  | 'rank'
  // setup problems (shown in the error panel)
  | 'badAction'
  | 'privacyRequired'
  // results
  | 'resultsTitle'
  | 'participants'
  | 'updated'
  | 'respondents'
  | 'multipleNote'
  | 'votes'
  | 'points'
  | 'meanRank'
  | 'bordaNote'
  | 'mean'
  | 'answersCount'
  | 'showTable'
  | 'colChoice'
  | 'colVotes'
  | 'colPercent'
  | 'colRank'
  | 'colPoints'
  | 'colMeanRank'
  | 'colValue'
  | 'colAnswers'
  | 'hiddenNever'
  | 'hiddenUntilVote'
  | 'hiddenUntilClose';

export const pollMessages: Messages<PollKey> = {
  fr: {
    start: 'Répondre au sondage',
    questionCount: { one: '{count} question', other: '{count} questions' },
    openUntil: "Ouvert jusqu'au {date} inclus",
    requiredHint:
      'Les questions marquées « obligatoire » doivent avoir une réponse. Les autres, vous pouvez les passer.',
    privacyTitle: 'Vos réponses et vos données',
    notOpenYet: 'Ce sondage ouvrira le {date}. Revenez à partir de ce jour-là !',
    closed:
      'Ce sondage est terminé depuis le {date}. Merci à toutes les personnes qui ont participé.',
    alreadyVoted:
      'Vous avez déjà répondu à ce sondage sur cet appareil. Merci pour votre participation !',
    resumed: 'Vous reprenez là où vous en étiez.',
    rememberedHere:
      "Cet appareil se souvient que vous avez répondu, pour éviter de voter deux fois. Rien d'autre n'est gardé.",
    required: '(obligatoire)',
    questionN: 'Question {n}',
    progress: 'Question {current} sur {total}',
    progressLabel: 'Progression',
    previous: 'Question précédente',
    next: 'Question suivante',
    toReview: 'Vérifier mes réponses',
    maxChoicesHint: '{count} choix au maximum.',
    moveUp: 'Monter',
    moveDown: 'Descendre',
    rankingDone: 'Mon classement est prêt',
    rankedAt: '« {item} » est maintenant en position {position} sur {total}.',
    alreadyFirst: '« {item} » est déjà en première position.',
    alreadyLast: '« {item} » est déjà en dernière position.',
    yourAnswer: 'Votre réponse',
    charsLeft: { one: 'Il reste {count} caractère.', other: 'Il reste {count} caractères.' },
    charsOver: { one: '{count} caractère en trop.', other: '{count} caractères en trop.' },
    summaryTitle: {
      one: 'Une réponse est à compléter',
      other: '{count} réponses sont à compléter',
    },
    needChoice: 'Choisissez une réponse.',
    needChoices: 'Choisissez au moins une réponse.',
    needRanking:
      'Classez les choix avec « Monter » et « Descendre », puis cochez « Mon classement est prêt ».',
    needScale: 'Choisissez une note de {min} à {max}.',
    needText: 'Écrivez une réponse.',
    tooManyChoices: 'Vous avez choisi {count} réponses : {max} au maximum. Décochez-en {extra}.',
    tooLong: {
      one: 'Votre texte fait {count} caractères : {max} au maximum. Enlevez {extra} caractère.',
      other: 'Votre texte fait {count} caractères : {max} au maximum. Enlevez {extra} caractères.',
    },
    reviewTitle: 'Vérifiez vos réponses',
    reviewIntro: 'Vous pouvez encore changer une réponse. Quand tout est bon, envoyez.',
    noAnswer: '(pas de réponse)',
    scaleAnswer: '{value} sur {max}',
    change: 'Modifier',
    willBeSent: 'Vos réponses seront envoyées au centre, sans votre nom.',
    send: 'Envoyer mes réponses',
    backToQuestions: 'Revenir aux questions',
    thanksTitle: 'Merci pour votre participation !',
    thanksText: 'Votre avis compte pour la vie du quartier.',
    sending: 'Envoi en cours…',
    sent: 'Vos réponses ont bien été envoyées.',
    queued:
      "Pas de connexion internet pour l'instant : vos réponses sont gardées sur cet appareil et partiront toutes seules au retour de la connexion.",
    queueSent: {
      one: 'La réponse en attente a été envoyée.',
      other: 'Les {count} réponses en attente ont été envoyées.',
    },
    keptHere:
      "Vos réponses sont gardées sur cet appareil, sans votre nom, pour l'équipe du centre.",
    nextPersonIn: {
      one: "L'écran revient au début dans {count} seconde, pour la personne suivante.",
      other: "L'écran revient au début dans {count} secondes, pour la personne suivante.",
    },
    countdownPaused:
      'Compte à rebours en pause. Appuyez sur « Voter à nouveau » pour la personne suivante.',
    pauseCountdown: 'Mettre en pause',
    voteAgain: 'Voter à nouveau',
    staffOpen: 'Espace équipe',
    staffTitle: 'Espace équipe',
    staffClose: "Fermer l'espace équipe",
    pinLabel: "Code de l'équipe",
    pinSubmit: 'Ouvrir',
    pinWrong: 'Code incorrect. Réessayez.',
    cancel: 'Annuler',
    boxCount: {
      one: '{count} réponse gardée sur cet appareil.',
      other: '{count} réponses gardées sur cet appareil.',
    },
    boxOff:
      "Cet appareil ne garde pas les réponses (ajoutez l'attribut keep-ballots pour les garder).",
    outboxCount: {
      one: "{count} réponse en attente d'envoi.",
      other: "{count} réponses en attente d'envoi.",
    },
    sendNow: 'Envoyer maintenant',
    csvSeparator: 'Séparateur du fichier CSV',
    comma: 'Virgule (standard)',
    semicolon: 'Point-virgule (Excel en français)',
    exportCsv: 'Télécharger le tableau (CSV)',
    exportJson: 'Télécharger les données (JSON)',
    showResults: 'Voir les résultats',
    emptyBox: 'Vider les réponses de cet appareil',
    emptyConfirm: {
      one: "Effacer la réponse gardée sur cet appareil ? Téléchargez-la d'abord : elle ne pourra pas être récupérée.",
      other:
        "Effacer les {count} réponses gardées sur cet appareil ? Téléchargez-les d'abord : elles ne pourront pas être récupérées.",
    },
    emptyYes: 'Oui, effacer les réponses',
    boxEmptied: 'Les réponses gardées sur cet appareil ont été effacées.',
    rank: { one: '{count}er', other: '{count}e' },
    badAction:
      'adresse d\'envoi refusée (« {action} ») : indiquez dans l\'attribut action une adresse qui commence par https:// ou par / (par exemple "/wp-json/sondage/reponses")',
    privacyRequired:
      'obligatoire quand le sondage envoie les réponses (attribut action) : écrivez qui reçoit les réponses, pour quoi faire et combien de temps elles sont gardées',
    resultsTitle: 'Résultats',
    participants: { one: '{count} participation', other: '{count} participations' },
    updated: 'résultats au {date}',
    respondents: { one: '{count} réponse', other: '{count} réponses' },
    multipleNote: 'plusieurs choix possibles : le total dépasse 100 %',
    votes: { one: '{count} vote', other: '{count} votes' },
    points: { one: '{count} point', other: '{count} points' },
    meanRank: 'rang moyen {rank}',
    bordaNote:
      'Classement par la méthode de Borda : avec {count} choix, un choix classé 1er marque {max}, 2e un de moins… dernier 0. On additionne les points de toutes les réponses.',
    mean: 'Moyenne : {mean} (de {min} à {max})',
    answersCount: { one: '{count} réponse', other: '{count} réponses' },
    showTable: 'Voir en tableau',
    colChoice: 'Choix',
    colVotes: 'Votes',
    colPercent: 'Pourcentage',
    colRank: 'Rang',
    colPoints: 'Points',
    colMeanRank: 'Rang moyen',
    colValue: 'Note',
    colAnswers: 'Réponses',
    hiddenNever: 'Les résultats de ce sondage ne sont pas publiés ici.',
    hiddenUntilVote: 'Les résultats s’affichent après votre participation.',
    hiddenUntilClose: 'Les résultats seront publiés après la clôture du sondage, le {date}.',
  },
  en: {
    start: 'Answer the poll',
    questionCount: { one: '{count} question', other: '{count} questions' },
    openUntil: 'Open until {date} inclusive',
    requiredHint: 'Questions marked “required” need an answer. You may skip the others.',
    privacyTitle: 'Your answers and your data',
    notOpenYet: 'This poll opens on {date}. Come back from that day!',
    closed: 'This poll closed on {date}. Thank you to everyone who took part.',
    alreadyVoted: 'You have already answered this poll on this device. Thank you for taking part!',
    resumed: 'You are picking up where you left off.',
    rememberedHere:
      'This device remembers that you answered, so as not to vote twice. Nothing else is kept.',
    required: '(required)',
    questionN: 'Question {n}',
    progress: 'Question {current} of {total}',
    progressLabel: 'Progress',
    previous: 'Previous question',
    next: 'Next question',
    toReview: 'Check my answers',
    maxChoicesHint: { one: 'At most {count} choice.', other: 'At most {count} choices.' },
    moveUp: 'Move up',
    moveDown: 'Move down',
    rankingDone: 'My ranking is ready',
    rankedAt: '“{item}” is now in position {position} of {total}.',
    alreadyFirst: '“{item}” is already first.',
    alreadyLast: '“{item}” is already last.',
    yourAnswer: 'Your answer',
    charsLeft: { one: '{count} character left.', other: '{count} characters left.' },
    charsOver: { one: '{count} character too many.', other: '{count} characters too many.' },
    summaryTitle: {
      one: 'One answer needs your attention',
      other: '{count} answers need your attention',
    },
    needChoice: 'Choose an answer.',
    needChoices: 'Choose at least one answer.',
    needRanking:
      'Rank the choices with “Move up” and “Move down”, then tick “My ranking is ready”.',
    needScale: 'Choose a value from {min} to {max}.',
    needText: 'Write an answer.',
    tooManyChoices: 'You chose {count} answers: {max} at most. Untick {extra}.',
    tooLong: 'Your text has {count} characters: {max} at most. Remove {extra}.',
    reviewTitle: 'Check your answers',
    reviewIntro: 'You can still change an answer. When everything is right, send.',
    noAnswer: '(no answer)',
    scaleAnswer: '{value} out of {max}',
    change: 'Change',
    willBeSent: 'Your answers will be sent to the centre, without your name.',
    send: 'Send my answers',
    backToQuestions: 'Back to the questions',
    thanksTitle: 'Thank you for taking part!',
    thanksText: 'Your opinion matters for the life of the neighbourhood.',
    sending: 'Sending…',
    sent: 'Your answers have been sent.',
    queued:
      'No internet connection for now: your answers are kept on this device and will be sent when the connection is back.',
    queueSent: {
      one: 'The waiting answer has been sent.',
      other: 'The {count} waiting answers have been sent.',
    },
    keptHere: 'Your answers are kept on this device, without your name, for the centre staff.',
    nextPersonIn: {
      one: 'The screen goes back to the start in {count} second, for the next person.',
      other: 'The screen goes back to the start in {count} seconds, for the next person.',
    },
    countdownPaused: 'Countdown paused. Press “Vote again” for the next person.',
    pauseCountdown: 'Pause',
    voteAgain: 'Vote again',
    staffOpen: 'Staff area',
    staffTitle: 'Staff area',
    staffClose: 'Close the staff area',
    pinLabel: 'Staff code',
    pinSubmit: 'Open',
    pinWrong: 'Wrong code. Try again.',
    cancel: 'Cancel',
    boxCount: {
      one: '{count} answer kept on this device.',
      other: '{count} answers kept on this device.',
    },
    boxOff: 'This device does not keep the answers (add the keep-ballots attribute to keep them).',
    outboxCount: {
      one: '{count} answer waiting to be sent.',
      other: '{count} answers waiting to be sent.',
    },
    sendNow: 'Send now',
    csvSeparator: 'CSV file separator',
    comma: 'Comma (standard)',
    semicolon: 'Semicolon (French Excel)',
    exportCsv: 'Download the table (CSV)',
    exportJson: 'Download the data (JSON)',
    showResults: 'Show the results',
    emptyBox: 'Empty the answers of this device',
    emptyConfirm: {
      one: 'Erase the answer kept on this device? Download it first: it cannot be recovered.',
      other:
        'Erase the {count} answers kept on this device? Download them first: they cannot be recovered.',
    },
    emptyYes: 'Yes, erase the answers',
    boxEmptied: 'The answers kept on this device have been erased.',
    rank: 'rank {count}',
    resultsTitle: 'Results',
    participants: { one: '{count} participant', other: '{count} participants' },
    updated: 'results as of {date}',
    respondents: { one: '{count} answer', other: '{count} answers' },
    multipleNote: 'several choices possible: the total is over 100%',
    votes: { one: '{count} vote', other: '{count} votes' },
    points: { one: '{count} point', other: '{count} points' },
    meanRank: 'average rank {rank}',
    bordaNote:
      'Ranked by Borda count: with {count} choices, a choice ranked 1st scores {max}, 2nd one less… last 0. The points of all answers are added up.',
    mean: 'Average: {mean} (from {min} to {max})',
    answersCount: { one: '{count} answer', other: '{count} answers' },
    showTable: 'Show as a table',
    colChoice: 'Choice',
    colVotes: 'Votes',
    colPercent: 'Percentage',
    colRank: 'Rank',
    colPoints: 'Points',
    colMeanRank: 'Average rank',
    colValue: 'Value',
    colAnswers: 'Answers',
    hiddenNever: 'The results of this poll are not published here.',
    hiddenUntilVote: 'The results are shown once you have taken part.',
    hiddenUntilClose: 'The results will be published after the poll closes, on {date}.',
  },
  ar: {
    start: 'أجب عن الاستطلاع',
    questionCount: {
      zero: 'لا أسئلة',
      one: 'سؤال واحد',
      two: 'سؤالان',
      few: '{count} أسئلة',
      other: '{count} سؤالًا',
    },
    openUntil: 'مفتوح حتى {date}',
    requiredHint: 'الأسئلة التي عليها «إلزامي» تحتاج إلى إجابة. يمكنك تخطّي الأسئلة الأخرى.',
    privacyTitle: 'إجاباتك وبياناتك',
    notOpenYet: 'سيُفتح هذا الاستطلاع يوم {date}. عد ابتداءً من ذلك اليوم!',
    closed: 'انتهى هذا الاستطلاع يوم {date}. شكرًا لكل من شارك.',
    alreadyVoted: 'لقد أجبت عن هذا الاستطلاع من هذا الجهاز. شكرًا لمشاركتك!',
    resumed: 'تستأنف من حيث توقفت.',
    rememberedHere: 'يتذكّر هذا الجهاز أنك أجبت، لتجنّب التصويت مرتين. لا يُحفظ أي شيء آخر.',
    required: '(إلزامي)',
    questionN: 'السؤال {n}',
    progress: 'السؤال {current} من {total}',
    progressLabel: 'التقدّم',
    previous: 'السؤال السابق',
    next: 'السؤال التالي',
    toReview: 'راجع إجاباتي',
    moveUp: 'إلى الأعلى',
    moveDown: 'إلى الأسفل',
    rankingDone: 'ترتيبي جاهز',
    rankedAt: '«{item}» الآن في المرتبة {position} من {total}.',
    alreadyFirst: '«{item}» في المرتبة الأولى أصلًا.',
    alreadyLast: '«{item}» في المرتبة الأخيرة أصلًا.',
    yourAnswer: 'إجابتك',
    charsLeft: 'يتبقّى {count} حرفًا.',
    charsOver: 'زيادة {count} حرفًا.',
    summaryTitle: {
      one: 'إجابة واحدة تحتاج إلى إكمال',
      two: 'إجابتان تحتاجان إلى إكمال',
      other: '{count} إجابات تحتاج إلى إكمال',
    },
    needChoice: 'اختر إجابة.',
    needChoices: 'اختر إجابة واحدة على الأقل.',
    needRanking: 'رتّب الخيارات بزرّي «إلى الأعلى» و«إلى الأسفل»، ثم ضع علامة على «ترتيبي جاهز».',
    needScale: 'اختر درجة من {min} إلى {max}.',
    needText: 'اكتب إجابة.',
    tooManyChoices: 'اخترت {count} إجابات: الحد الأقصى {max}. ألغِ {extra}.',
    tooLong: 'نصّك فيه {count} حرفًا: الحد الأقصى {max}. احذف {extra}.',
    reviewTitle: 'راجع إجاباتك',
    reviewIntro: 'ما زال بإمكانك تغيير إجابة. عندما يكون كل شيء صحيحًا، أرسل.',
    noAnswer: '(لا إجابة)',
    scaleAnswer: '{value} من {max}',
    change: 'تعديل',
    willBeSent: 'ستُرسل إجاباتك إلى المركز من دون اسمك.',
    send: 'أرسل إجاباتي',
    backToQuestions: 'العودة إلى الأسئلة',
    thanksTitle: 'شكرًا لمشاركتك!',
    thanksText: 'رأيك مهمّ لحياة الحيّ.',
    sending: 'جارٍ الإرسال…',
    sent: 'تم إرسال إجاباتك.',
    queued:
      'لا يوجد اتصال بالإنترنت الآن: إجاباتك محفوظة على هذا الجهاز وستُرسل تلقائيًا عند عودة الاتصال.',
    queueSent: 'تم إرسال الإجابات المنتظرة ({count}).',
    keptHere: 'إجاباتك محفوظة على هذا الجهاز، من دون اسمك، لفريق المركز.',
    nextPersonIn: 'تعود الشاشة إلى البداية بعد {count} ثانية، للشخص التالي.',
    countdownPaused: 'العدّ التنازلي متوقف. اضغط «صوّت من جديد» للشخص التالي.',
    pauseCountdown: 'إيقاف مؤقت',
    voteAgain: 'صوّت من جديد',
    staffOpen: 'فضاء الفريق',
    staffTitle: 'فضاء الفريق',
    staffClose: 'أغلق فضاء الفريق',
    pinLabel: 'رمز الفريق',
    pinSubmit: 'افتح',
    pinWrong: 'الرمز غير صحيح. أعد المحاولة.',
    cancel: 'إلغاء',
    boxCount: 'عدد الإجابات المحفوظة على هذا الجهاز: {count}.',
    outboxCount: 'عدد الإجابات المنتظرة للإرسال: {count}.',
    sendNow: 'أرسل الآن',
    exportCsv: 'تنزيل الجدول (CSV)',
    exportJson: 'تنزيل البيانات (JSON)',
    showResults: 'اعرض النتائج',
    emptyYes: 'نعم، امسح الإجابات',
    rank: 'المرتبة {count}',
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
  },
};
