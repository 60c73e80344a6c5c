/**
 * The sentences of core's own content rules (schema-kit.ts) and of the device store, and the
 * lookup of a `§key` in a prototype's table (texts.ts). Only a wrong file needs them: they travel
 * with the explanations loaded on demand (`explain.lazy.ts`, docs/decisions/0014 and 0017).
 */
import { TEXT_KEY, type Texts } from './texts.js';

const SAFE = Number.MAX_SAFE_INTEGER;
/** `3 caractères`, `1 caractère`. */
const count = (n: unknown, noun: string): string =>
  `${String(n)} ${noun}${Number(n) > 1 ? 's' : ''}`;
/** A rule's bounds in words: ` de 0 à 25`, ` supérieur ou égal à 1`…, `` without any. */
const bounds = (min: number, max: number): string =>
  min > -SAFE
    ? max < SAFE
      ? ` de ${min} à ${max}`
      : ` supérieur ou égal à ${min}`
    : max < SAFE
      ? ` inférieur ou égal à ${max}`
      : '';

/** Core's own rules (schema-kit.ts). */
export const kitTexts: Texts = {
  text: () => 'ce texte est vide : écrivez quelque chose',
  textMax: (p) => `ce texte est trop long : ${count(p.max, 'caractère')} au plus, raccourcissez-le`,
  int: ({ min, max }) =>
    `doit être un nombre entier${bounds(Number(min), Number(max))}, sans virgule ni guillemets, par exemple ${Number(min) > -SAFE ? String(min) : Math.min(3, Number(max))}`,
  num: ({ min, max }) =>
    `doit être un nombre${bounds(Number(min), Number(max))}, sans guillemets ; un nombre à virgule s'écrit avec un point, par exemple ${(Number(min) + Number(max)) / 2}`,
  positive: () => 'doit être un nombre plus grand que 0, sans guillemets, par exemple 3',
  list: ({ min, max }) =>
    max === undefined && Number(min) <= 1
      ? 'la liste est vide : ajoutez au moins un élément'
      : `la liste doit contenir ${max === undefined ? `au moins ${count(min, 'élément')}` : Number(min) > 0 ? `de ${String(min)} à ${count(max, 'élément')}` : `au plus ${count(max, 'élément')}`}`,
  id: () =>
    'identifiant invalide : utilisez des lettres sans accents, des chiffres, - ou _ (par exemple "q1")',
  link: () =>
    'lien refusé : il doit commencer par https://, mailto: ou tel: (par exemple "https://www.e-enfance.org")',
  phone: () =>
    'numéro invalide : écrivez seulement des chiffres et des espaces, par exemple "3018" ou "0 800 235 236"',
  asset: () => 'adresse refusée : indiquez un chemin ("images/photo.jpg") ou une adresse https://',
  date: () => 'date invalide : écrivez-la sous la forme AAAA-MM-JJ, par exemple "2026-12-01"',
  alt: () =>
    'texte de remplacement manquant : décrivez l\'image en une phrase (ou ajoutez "decorative": true si elle est purement décorative)',
  // Data kept on the device (storage/device-store.ts): import of a file, or a record set aside.
  storeNotKit: (p) => `ce fichier ne contient pas de données « ${String(p.type)} » du kit`,
  storeNewer: (p) =>
    `données d'une version plus récente (${String(p.from)}) que ce composant (${String(p.version)})`,
  storeOlder: (p) =>
    `données d'une ancienne version (${String(p.from)}) qui ne peut pas être reprise`,
  storeUnreadable: () => 'données illisibles (JSON abîmé)',
  notJson: () => "ce fichier n'est pas un fichier JSON",
  storeFull: () => "l'appareil n'a plus de place",
  storeUnavailable: () => 'stockage indisponible',
  storeHeld: () =>
    "des données abîmées occupent encore leur place (l'appareil n'avait plus de place pour les mettre de côté) : téléchargez-les, puis effacez-les",
  storeMismatch: () =>
    "ce fichier ne correspond pas à ce contenu (il vient d'un autre quiz, d'un autre guide ou d'une version modifiée)",
  uniqueId: (p) =>
    `l'identifiant « ${String(p.value)} » est déjà utilisé (élément n°${String(p.first)}) : chaque identifiant doit être unique`,
};

/**
 * The sentence of a custom issue: its message itself, or, for a `§key`, the prototype's text
 * (then core's). A key nobody explains still says which rule it is.
 */
export function customText(
  message: string,
  params: Readonly<Record<string, unknown>> | undefined,
  texts?: Texts,
): string {
  if (!message.startsWith(TEXT_KEY)) return message;
  const key = message.slice(TEXT_KEY.length);
  const text = texts?.[key] ?? kitTexts[key];
  return text
    ? text(params ?? {})
    : `cette valeur ne respecte pas une règle du contenu (règle « ${key} ») : vérifiez-la avec le guide de rédaction`;
}
