/**
 * Content problems explained to a social-centre worker, in French: where (a JSON path such as
 * `questions[2].choices`) and what to change. Zod's own messages are never shown.
 */
import { customText, type Texts } from './texts.js';

export interface Problem {
  /** JSON path of the value, e.g. `questions[2].choices`; `""` for the whole file. */
  path: string;
  /** What is wrong and what to change, in plain French (or a `§key`, until explained). */
  message: string;
  /** With a `§key` message: the values its sentence needs (texts.ts). */
  params?: Readonly<Record<string, unknown>>;
}

export type PathSegment = string | number | symbol;

/** `['questions', 2, 'choices']` → `questions[2].choices`. */
export function formatPath(path: ReadonlyArray<PathSegment>): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

/** `questions[2].choices : au moins deux choix sont nécessaires` */
export function problemToString(p: Problem): string {
  return p.path ? `${p.path} : ${p.message}` : p.message;
}

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

/** Minimal view of a zod 4 issue (`zod/v4/core` `$ZodIssue`), enough to explain it. */
export interface ZodIssueLike {
  code: string;
  path: ReadonlyArray<PathSegment>;
  message: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: ReadonlyArray<unknown>;
  format?: string;
  keys?: ReadonlyArray<string>;
  errors?: ReadonlyArray<ReadonlyArray<ZodIssueLike>>;
  /** Discriminated unions: the field that chooses the shape, and its allowed values. */
  discriminator?: string;
  /** Custom issues with a `§key` message: the values its sentence needs. */
  params?: Readonly<Record<string, unknown>>;
  options?: ReadonlyArray<unknown>;
}

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
