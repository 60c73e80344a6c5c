/**
 * Zod issues → French problems (problems.ts) a social-centre worker can act on. Only a wrong file
 * needs this: it travels with the explanations loaded on demand (`explain.lazy.ts`), never in the
 * first file of a page whose content is valid (docs/decisions/0017).
 */
import { formatPath, type PathSegment, type Problem, type ZodIssueLike } from './problems.js';
import { customText } from './kit-texts.js';
import type { Texts } from './texts.js';

const typeNames: Record<string, string> = {
  string: 'un texte entre guillemets, par exemple "Bonjour"',
  number: 'un nombre sans guillemets, par exemple 3',
  int: 'un nombre entier sans guillemets, par exemple 3',
  boolean: 'true ou false (sans guillemets)',
  array: 'une liste entre crochets [ … ]',
  object: 'un objet entre accolades { … }',
  date: 'une date',
};

const quote = (v: unknown): string => `« ${typeof v === 'string' ? v : JSON.stringify(v)} »`;

function plural(n: number, one: string, many: string): string {
  return n <= 1 ? one : many;
}

/**
 * French explanation of one zod issue. Custom issues carry their own French message, or a `§key`
 * of `texts` (the prototype's rule sentences) or of core's (texts.ts).
 */
export function explainIssue(issue: ZodIssueLike, texts?: Texts): string {
  const n = issue.minimum !== undefined ? Number(issue.minimum) : Number(issue.maximum ?? 0);
  switch (issue.code) {
    case 'custom':
      return customText(issue.message, issue.params, texts);
    case 'invalid_type': {
      const key = issue.path[issue.path.length - 1];
      if (issue.input === undefined) {
        return typeof key === 'string'
          ? `le champ « ${key} » est obligatoire : ajoutez-le (${typeNames[issue.expected ?? ''] ?? 'voir le guide de rédaction'})`
          : 'cet élément est obligatoire';
      }
      return `doit être ${typeNames[issue.expected ?? ''] ?? `de type ${issue.expected}`}`;
    }
    case 'too_small':
      if (issue.origin === 'array' || issue.origin === 'set')
        return n <= 1
          ? 'la liste est vide : ajoutez au moins un élément'
          : `au moins ${n} éléments sont nécessaires`;
      if (issue.origin === 'string')
        return n <= 1
          ? 'ce texte est vide : écrivez quelque chose'
          : `au moins ${n} caractères sont nécessaires`;
      return issue.inclusive === false
        ? `doit être strictement plus grand que ${n}`
        : `doit être supérieur ou égal à ${n}`;
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set')
        return `au plus ${n} ${plural(n, 'élément est permis', 'éléments sont permis')}`;
      if (issue.origin === 'string') return `trop long : au plus ${n} caractères`;
      return issue.inclusive === false
        ? `doit être strictement plus petit que ${n}`
        : `doit être inférieur ou égal à ${n}`;
    case 'invalid_value': {
      const values = issue.values ?? [];
      if (values.length === 1) return `doit valoir ${quote(values[0])}`;
      return `valeur non reconnue${issue.input !== undefined ? ` (${quote(issue.input)})` : ''} : choisissez parmi ${values.map(quote).join(', ')}`;
    }
    case 'invalid_format':
      return issue.format === 'date'
        ? 'date invalide : écrivez-la sous la forme AAAA-MM-JJ, par exemple "2026-12-01"'
        : issue.format === 'datetime'
          ? 'date et heure invalides : écrivez par exemple "2026-12-01T14:30:00+01:00"'
          : issue.format === 'email'
            ? 'adresse e-mail invalide, par exemple "accueil@centre-social.fr"'
            : `format invalide (${issue.format ?? 'inconnu'})`;
    case 'unrecognized_keys':
      return `champ(s) inconnu(s) : ${(issue.keys ?? []).join(', ')}`;
    case 'invalid_union': {
      // A discriminated union whose "type" field is missing or unknown: say which values exist.
      if (issue.discriminator && issue.options && issue.options.length > 0) {
        const choices = issue.options.map(quote).join(', ');
        const input = issue.input as Record<string, unknown> | undefined;
        const got =
          typeof input === 'object' && input !== null ? input[issue.discriminator] : undefined;
        return got === undefined
          ? `le champ « ${issue.discriminator} » est obligatoire : choisissez parmi ${choices}`
          : `valeur non reconnue (${quote(got)}) : choisissez parmi ${choices}`;
      }
      return 'cette valeur ne correspond à aucune des formes prévues : vérifiez-la avec le guide de rédaction';
    }
    case 'invalid_key':
    case 'invalid_element':
      return 'élément invalide';
    case 'not_multiple_of':
      return 'valeur invalide (multiple attendu)';
    default:
      return 'valeur invalide';
  }
}

/** Flattens zod issues (and the best branch of unions) into worker-friendly problems. */
export function issuesToProblems(
  issues: ReadonlyArray<ZodIssueLike>,
  base: ReadonlyArray<PathSegment> = [],
  texts?: Texts,
): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors && issue.errors.length > 0) {
      // Explain the branch that came closest (fewest problems) rather than "no union matched".
      const best = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      if (
        best &&
        best.length > 0 &&
        best.every((i) => i.code !== 'invalid_type' || i.path.length > 0)
      ) {
        out.push(...issuesToProblems(best, path, texts));
        continue;
      }
    }
    out.push({ path: formatPath(path), message: explainIssue(issue, texts) });
  }
  return out;
}
