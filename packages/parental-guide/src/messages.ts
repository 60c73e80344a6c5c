import type { Messages } from '@quartiers-douai/core';

/**
 * UI strings of `<qd-parental-guide>` and `<qd-screen-pact>` (one catalog for both: the pact is
 * part of the guide). French speaks to parents plainly (vous), in short sentences.
 */
export type GuideKey =
  | 'start'
  | 'startHint'
  | 'stepOf'
  | 'stepChildren'
  | 'stepChildrenHint'
  | 'child'
  | 'childName'
  | 'childAge'
  | 'addChild'
  | 'removeChild'
  | 'stepDevices'
  | 'stepDevicesHint'
  | 'stepConcerns'
  | 'stepConcernsHint'
  | 'cat-smartphone'
  | 'cat-tablette'
  | 'cat-console'
  | 'cat-ordinateur'
  | 'cat-box'
  | 'cat-appli'
  | 'c-temps-ecran'
  | 'c-contenus-inadaptes'
  | 'c-achats'
  | 'c-contacts-inconnus'
  | 'c-reseaux-sociaux'
  | 'c-localisation'
  | 'previous'
  | 'next'
  | 'skip'
  | 'skipped'
  | 'seeGuide'
  | 'guideTitle'
  | 'forChild'
  | 'yourChild'
  | 'theChild'
  | 'noGuide'
  | 'uncovered'
  | 'notForAge'
  | 'concernsOf'
  | 'stepsDone'
  | 'markDone'
  | 'official'
  | 'checked'
  | 'stale'
  | 'printList'
  | 'editAnswers'
  | 'makePact'
  | 'backToGuide'
  | 'listTitle'
  | 'listIntro'
  | 'help'
  | 'call'
  | 'helpFallback3018'
  | 'helpFallbackSite'
  | 'more'
  | 'resumed'
  | 'pactTitle'
  | 'pactIntro'
  | 'pactAges'
  | 'g-famille'
  | 'g-parents'
  | 'g-enfants'
  | 'customTitle'
  | 'customLabel'
  | 'customAdd'
  | 'customEmpty'
  | 'customLong'
  | 'customAdded'
  | 'customRemove'
  | 'signers'
  | 'signersLabel'
  | 'seePact'
  | 'noRules'
  | 'pactDate'
  | 'signatures'
  | 'review'
  | 'printPact'
  | 'editPact';

export const guideMessages: Messages<GuideKey> = {
  fr: {
    start: 'Commencer',
    startHint:
      'Trois questions, puis votre guide pas à pas, à imprimer. Vos réponses restent sur cet appareil.',
    stepOf: 'Étape {current} sur {total}',
    stepChildren: 'Vos enfants',
    stepChildrenHint: "Indiquez l'âge de chaque enfant. Le prénom est facultatif.",
    child: 'Enfant {n}',
    childName: 'Prénom (facultatif)',
    childAge: 'Âge',
    addChild: 'Ajouter un enfant',
    removeChild: "Retirer l'enfant {n}",
    stepDevices: 'Les appareils et les applis',
    stepDevicesHint: 'Cochez ce que vos enfants utilisent, à la maison ou ailleurs.',
    stepConcerns: 'Ce qui vous préoccupe',
    stepConcernsHint: 'Cochez une ou plusieurs réponses.',
    'cat-smartphone': 'Téléphones',
    'cat-tablette': 'Tablettes',
    'cat-console': 'Consoles de jeux',
    'cat-ordinateur': 'Ordinateurs',
    'cat-box': 'Box internet et télévision',
    'cat-appli': 'Applis et sites',
    'c-temps-ecran': 'Le temps passé sur les écrans',
    'c-contenus-inadaptes': 'Les images choquantes (violence, pornographie…)',
    'c-achats': 'Les achats et les dépenses',
    'c-contacts-inconnus': 'Les contacts avec des inconnus',
    'c-reseaux-sociaux': 'Les réseaux sociaux',
    'c-localisation': 'Savoir où est mon enfant',
    previous: 'Précédent',
    next: 'Suivant',
    skip: 'Passer cette question',
    skipped: 'Question passée : le guide montrera tout pour cette question.',
    seeGuide: 'Voir mon guide',
    guideTitle: 'Votre guide personnalisé',
    forChild: 'Pour {who}',
    yourChild: 'votre enfant',
    theChild: "l'enfant {n}",
    noGuide:
      'Aucun guide ne correspond à ces réponses. Modifiez vos réponses, ou appelez le 3018 : on vous aidera à régler les appareils.',
    uncovered:
      'Pas encore de guide pour : {devices}. Cherchez « contrôle parental » sur le site du fabricant, ou appelez le 3018.',
    notForAge:
      "Pas de réglage prévu à cet âge pour : {devices}. Vérifiez l'âge demandé par l'appli ou le jeu (souvent 13 ans) et parlez-en avec votre enfant.",
    concernsOf: 'Pour : {concerns}',
    stepsDone: {
      one: '{count} étape faite sur {total}',
      other: '{count} étapes faites sur {total}',
    },
    markDone: 'Étape {n} faite',
    official: 'Aide officielle : {title}',
    checked: 'Vérifié le {date}',
    stale:
      "Vérifié il y a plus d'un an : les menus ont peut-être changé. Suivez l'aide officielle.",
    printList: 'Imprimer ma liste',
    editAnswers: 'Modifier mes réponses',
    makePact: 'Faire notre pacte familial',
    backToGuide: 'Retour au guide',
    listTitle: 'Ma liste de réglages',
    listIntro: 'Préparée le {date}. Cochez chaque case quand le réglage est fait.',
    help: "Besoin d'aide ?",
    call: 'Appeler le {phone}',
    helpFallback3018:
      'Gratuit, anonyme et confidentiel : harcèlement et violences en ligne, contrôle parental.',
    helpFallbackSite: "Le site de l'État pour accompagner les parents.",
    more: 'Pour aller plus loin',
    resumed: 'Vous reprenez là où vous en étiez.',
    pactTitle: 'Notre pacte familial',
    pactIntro:
      "Choisissez ensemble les règles de la maison. Celles qui sont cochées sont conseillées pour l'âge de vos enfants : gardez-les ou changez-les.",
    pactAges: 'Âge des enfants',
    'g-famille': "Toute la famille s'engage à :",
    'g-parents': "Les parents s'engagent à :",
    'g-enfants': "Les enfants s'engagent à :",
    customTitle: 'Nos règles à nous',
    customLabel: 'Une autre règle',
    customAdd: 'Ajouter cette règle',
    customEmpty: "Écrivez la règle avant de l'ajouter.",
    customLong: 'Cette règle est trop longue : 200 caractères au plus.',
    customAdded: 'Règle ajoutée : {rule}',
    customRemove: 'Retirer « {rule} »',
    signers: 'Qui signe ?',
    signersLabel: 'Les prénoms, un par ligne',
    seePact: 'Voir notre pacte',
    noRules: 'Cochez ou ajoutez au moins une règle.',
    pactDate: 'Fait le {date}',
    signatures: 'Signatures',
    review: 'On en reparle ensemble le : ……………………',
    printPact: 'Imprimer le pacte',
    editPact: 'Modifier le pacte',
  },
  en: {
    start: 'Start',
    startHint:
      'Three questions, then your step-by-step guide to print. Your answers stay on this device.',
    stepOf: 'Step {current} of {total}',
    stepChildren: 'Your children',
    stepChildrenHint: "Give each child's age. The first name is optional.",
    child: 'Child {n}',
    childName: 'First name (optional)',
    childAge: 'Age',
    addChild: 'Add a child',
    removeChild: 'Remove child {n}',
    stepDevices: 'Devices and apps',
    stepDevicesHint: 'Tick what your children use, at home or elsewhere.',
    stepConcerns: 'What worries you',
    stepConcernsHint: 'Tick one or more answers.',
    'cat-smartphone': 'Phones',
    'cat-tablette': 'Tablets',
    'cat-console': 'Game consoles',
    'cat-ordinateur': 'Computers',
    'cat-box': 'Internet box and TV',
    'cat-appli': 'Apps and websites',
    'c-temps-ecran': 'Time spent on screens',
    'c-contenus-inadaptes': 'Shocking images (violence, pornography…)',
    'c-achats': 'Purchases and spending',
    'c-contacts-inconnus': 'Contact with strangers',
    'c-reseaux-sociaux': 'Social media',
    'c-localisation': 'Knowing where my child is',
    previous: 'Previous',
    next: 'Next',
    skip: 'Skip this question',
    skipped: 'Question skipped: the guide will show everything for it.',
    seeGuide: 'See my guide',
    guideTitle: 'Your personal guide',
    forChild: 'For {who}',
    yourChild: 'your child',
    theChild: 'child {n}',
    noGuide:
      'No guide matches these answers. Change your answers, or call 3018: they will help you set up the devices.',
    uncovered:
      'No guide yet for: {devices}. Search "parental controls" on the maker’s website, or call 3018.',
    notForAge:
      'Nothing planned at this age for: {devices}. Check the age the app or game asks for (often 13) and talk it over with your child.',
    concernsOf: 'About: {concerns}',
    stepsDone: {
      one: '{count} step done out of {total}',
      other: '{count} steps done out of {total}',
    },
    markDone: 'Step {n} done',
    official: 'Official help: {title}',
    checked: 'Checked on {date}',
    stale: 'Checked more than a year ago: the menus may have changed. Follow the official help.',
    printList: 'Print my list',
    editAnswers: 'Change my answers',
    makePact: 'Make our family agreement',
    backToGuide: 'Back to the guide',
    listTitle: 'My settings checklist',
    listIntro: 'Prepared on {date}. Tick each box once the setting is done.',
    help: 'Need help?',
    call: 'Call {phone}',
    helpFallback3018:
      'Free, anonymous and confidential: online harassment and violence, parental controls.',
    helpFallbackSite: 'The French government’s website for parents.',
    more: 'Find out more',
    resumed: 'You are picking up where you left off.',
    pactTitle: 'Our family agreement',
    pactIntro:
      'Choose the house rules together. The ticked ones are advised for your children’s age: keep them or change them.',
    pactAges: 'Children’s age',
    'g-famille': 'The whole family agrees to:',
    'g-parents': 'Parents agree to:',
    'g-enfants': 'Children agree to:',
    customTitle: 'Our own rules',
    customLabel: 'Another rule',
    customAdd: 'Add this rule',
    customEmpty: 'Write the rule before adding it.',
    customLong: 'This rule is too long: 200 characters at most.',
    customAdded: 'Rule added: {rule}',
    customRemove: 'Remove "{rule}"',
    signers: 'Who signs?',
    signersLabel: 'First names, one per line',
    seePact: 'See our agreement',
    noRules: 'Tick or add at least one rule.',
    pactDate: 'Made on {date}',
    signatures: 'Signatures',
    review: 'We will talk about it again on: ……………………',
    printPact: 'Print the agreement',
    editPact: 'Change the agreement',
  },
  ar: {
    start: 'ابدأ',
    startHint: 'ثلاثة أسئلة، ثم دليلك خطوة بخطوة للطباعة. تبقى إجاباتك على هذا الجهاز.',
    stepOf: 'الخطوة {current} من {total}',
    stepChildren: 'أطفالك',
    stepChildrenHint: 'حدّد عمر كل طفل. الاسم الأول اختياري.',
    child: 'الطفل {n}',
    childName: 'الاسم الأول (اختياري)',
    childAge: 'العمر',
    addChild: 'أضف طفلًا',
    removeChild: 'احذف الطفل {n}',
    stepDevices: 'الأجهزة والتطبيقات',
    stepDevicesHint: 'اختر ما يستعمله أطفالك، في البيت أو في مكان آخر.',
    stepConcerns: 'ما يقلقك',
    stepConcernsHint: 'اختر إجابة واحدة أو أكثر.',
    'cat-smartphone': 'الهواتف',
    'cat-tablette': 'الأجهزة اللوحية',
    'cat-console': 'أجهزة الألعاب',
    'cat-ordinateur': 'الحواسيب',
    'cat-box': 'صندوق الإنترنت والتلفاز',
    'cat-appli': 'التطبيقات والمواقع',
    'c-temps-ecran': 'الوقت أمام الشاشات',
    'c-contenus-inadaptes': 'الصور الصادمة (العنف، الإباحية…)',
    'c-achats': 'المشتريات والمصاريف',
    'c-contacts-inconnus': 'التواصل مع الغرباء',
    'c-reseaux-sociaux': 'شبكات التواصل الاجتماعي',
    'c-localisation': 'معرفة مكان طفلي',
    previous: 'السابق',
    next: 'التالي',
    skip: 'تخطَّ هذا السؤال',
    skipped: 'تم تخطي السؤال: سيعرض الدليل كل شيء بخصوصه.',
    seeGuide: 'اعرض دليلي',
    guideTitle: 'دليلك الشخصي',
    forChild: 'من أجل {who}',
    yourChild: 'طفلك',
    theChild: 'الطفل {n}',
    noGuide:
      'لا يوجد دليل يوافق هذه الإجابات. غيّر إجاباتك أو اتصل بالرقم 3018: سيساعدونك في ضبط الأجهزة.',
    uncovered:
      'لا يوجد دليل بعدُ لـ: {devices}. ابحث عن «الرقابة الأبوية» في موقع الشركة المصنّعة أو اتصل بالرقم 3018.',
    notForAge:
      'لا إعدادات مقترحة في هذا العمر لـ: {devices}. تحقّق من العمر الذي يطلبه التطبيق أو اللعبة (غالبًا 13 سنة) وتحدّث مع طفلك.',
    concernsOf: 'بخصوص: {concerns}',
    stepsDone: {
      zero: 'لم تُنجز أي خطوة من {total}',
      one: 'أُنجزت خطوة واحدة من {total}',
      two: 'أُنجزت خطوتان من {total}',
      few: 'أُنجزت {count} خطوات من {total}',
      other: 'أُنجزت {count} خطوة من {total}',
    },
    markDone: 'أُنجزت الخطوة {n}',
    official: 'المساعدة الرسمية: {title}',
    checked: 'تم التحقق في {date}',
    stale: 'تم التحقق منذ أكثر من سنة: ربما تغيّرت القوائم. اتبع المساعدة الرسمية.',
    printList: 'اطبع قائمتي',
    editAnswers: 'غيّر إجاباتي',
    makePact: 'لنضع ميثاقنا العائلي',
    backToGuide: 'العودة إلى الدليل',
    listTitle: 'قائمة الإعدادات',
    listIntro: 'أُعدّت في {date}. ضع علامة في كل مربع عند إنجاز الإعداد.',
    help: 'هل تحتاج إلى مساعدة؟',
    call: 'اتصل بالرقم {phone}',
    helpFallback3018: 'مجاني وسري ودون ذكر الاسم: التحرش والعنف عبر الإنترنت، الرقابة الأبوية.',
    helpFallbackSite: 'موقع الدولة الفرنسية لمرافقة الآباء.',
    more: 'لمعرفة المزيد',
    resumed: 'تستأنف من حيث توقفت.',
    pactTitle: 'ميثاقنا العائلي',
    pactIntro:
      'اختاروا معًا قواعد البيت. القواعد المحددة يُنصح بها لعمر أطفالكم: احتفظوا بها أو غيّروها.',
    pactAges: 'عمر الأطفال',
    'g-famille': 'تلتزم العائلة كلها بـ:',
    'g-parents': 'يلتزم الوالدان بـ:',
    'g-enfants': 'يلتزم الأطفال بـ:',
    customTitle: 'قواعدنا الخاصة',
    customLabel: 'قاعدة أخرى',
    customAdd: 'أضف هذه القاعدة',
    customEmpty: 'اكتب القاعدة قبل إضافتها.',
    customLong: 'هذه القاعدة طويلة جدًا: 200 حرف على الأكثر.',
    customAdded: 'أُضيفت القاعدة: {rule}',
    customRemove: 'احذف «{rule}»',
    signers: 'من يوقّع؟',
    signersLabel: 'الأسماء الأولى، اسم في كل سطر',
    seePact: 'اعرض ميثاقنا',
    noRules: 'اختر قاعدة واحدة على الأقل أو أضفها.',
    pactDate: 'حُرّر في {date}',
    signatures: 'التوقيعات',
    review: 'نتحدث عنه مجددًا في: ……………………',
    printPact: 'اطبع الميثاق',
    editPact: 'عدّل الميثاق',
  },
};
