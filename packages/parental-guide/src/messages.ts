import type { Catalog, Messages } from '@quartiers-douai/core';

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
  | 'pactFailed'
  | 'guideFailed'
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

/** Keys only `<qd-screen-pact>` uses: their French is in the agreement's part (ADR 0016). */
export type PactKey =
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

/** Keys of `<qd-parental-guide>` itself (its catalog is in the first file a page loads). */
export type GuideOwnKey = Exclude<GuideKey, PactKey>;

/** Keys only the printed checklist uses: their French comes with it (`checklist.part.ts`, ADR 0016). */
export type ChecklistKey = 'listTitle' | 'listIntro';

/** English and Arabic: one file each for both elements, fetched only by pages in those languages (ADR 0012). */
export const guideLanguages: Messages<GuideKey>['load'] = {
  en: () => import('./messages.en.js').then((m) => m.default),
  ar: () => import('./messages.ar.js').then((m) => m.default),
};

export const guideMessages: Messages<GuideOwnKey> = {
  // The printed checklist's texts join on first need (`checklistFr`, checklist/checklist.part.ts).
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
    pactFailed:
      "Le pacte familial n'a pas pu s'ouvrir. Vérifiez la connexion internet, puis réessayez.",
    guideFailed:
      "Les fiches du guide n'ont pas pu s'afficher. Vérifiez la connexion internet, puis réessayez.",
    backToGuide: 'Retour au guide',
    help: "Besoin d'aide ?",
    call: 'Appeler le {phone}',
    helpFallback3018:
      'Gratuit, anonyme et confidentiel : harcèlement et violences en ligne, contrôle parental.',
    helpFallbackSite: "Le site de l'État pour accompagner les parents.",
    more: 'Pour aller plus loin',
    resumed: 'Vous reprenez là où vous en étiez.',
  } satisfies Catalog<Exclude<GuideOwnKey, ChecklistKey>> as Catalog<GuideOwnKey>,
  load: guideLanguages,
};
