/**
 * Text compared the way a person means it: case, accents, apostrophe styles, punctuation at the
 * ends and extra spaces do not matter ("  Élève’s " equals "eleve's").
 */
export function normalizeAnswer(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[œ]/gi, 'oe')
    .replace(/[æ]/gi, 'ae')
    .toLocaleLowerCase('fr')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s.,;:!?«»"()-]+|[\s.,;:!?«»"()-]+$/g, '');
}
