import type { $ZodType } from 'zod/v4/core';
import * as z from 'zod/mini';
import { formatPath, type PathSegment, type Problem, type ZodIssueLike } from './problems.js';
import { issuesToProblems } from './explain-issue.js';
import type { Texts } from './texts.js';

// Strict CSP (`script-src 'self'`, no 'unsafe-eval'): zod's JIT object parser probes
// `new Function("")` when an object schema is built, and the browser reports that probe as a
// `securitypolicyviolation` even though zod catches the error. Turn the JIT off, once, here: this
// module runs before any content schema is built (prototypes build theirs from core's helpers).
// zod/mini 4.6 objects do not use the JIT, so today this only guards against it coming back
// (a zod update, or classic `zod`). Note: the config is zod's global one (shared with the page's
// own zod, if the same copy is deduped into one bundle).
z.config({ jitless: true });

export interface ValidationOk<T> {
  ok: true;
  data: T;
  /** Unknown fields: kept in `data`, listed here so a worker can spot a typo. */
  warnings: Problem[];
}
export interface ValidationFailed {
  ok: false;
  problems: Problem[];
}
export type ValidationResult<T> = ValidationOk<T> | ValidationFailed;

export interface ValidateOptions {
  /** Highest content `version` this package understands. */
  supportedVersion: number;
  /** npm name shown in the "newer version" message, e.g. `@quartiers-douai/quiz`. */
  packageName: string;
  /** The prototype's rule sentences (`§key` messages of its checks), e.g. the quiz's `quizTexts`. */
  texts?: Texts;
}

/** Fields every content file may carry without a warning. */
const ALWAYS_ALLOWED = new Set(['$schema', '$comment']);

interface DefLike {
  type: string;
  shape?: Record<string, $ZodType>;
  element?: $ZodType;
  innerType?: $ZodType;
  in?: $ZodType;
  options?: $ZodType[];
  valueType?: $ZodType;
  getter?: () => $ZodType;
}

const defOf = (s: $ZodType): DefLike => (s as unknown as { _zod: { def: DefLike } })._zod.def;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Walks the schema beside the raw input and lists fields the schema does not know. */
export function unknownFields(
  schema: $ZodType,
  value: unknown,
  path: PathSegment[] = [],
  out: Problem[] = [],
): Problem[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      if (isRecord(value) && def.shape) {
        for (const [key, v] of Object.entries(value)) {
          // Own fields of the shape only: `shape.constructor` or `shape.toString` is Object's.
          const child = Object.hasOwn(def.shape, key) ? def.shape[key] : undefined;
          if (child) unknownFields(child, v, [...path, key], out);
          else if (!ALWAYS_ALLOWED.has(key))
            out.push({
              path: formatPath([...path, key]),
              message: `champ inconnu, gardé mais non utilisé : vérifiez l'orthographe (« ${key} »)`,
            });
        }
      }
      break;
    case 'array':
      if (Array.isArray(value) && def.element)
        value.forEach((v, i) => unknownFields(def.element!, v, [...path, i], out));
      break;
    case 'record':
      if (isRecord(value) && def.valueType)
        for (const [k, v] of Object.entries(value))
          unknownFields(def.valueType, v, [...path, k], out);
      break;
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      if (def.innerType) unknownFields(def.innerType, value, path, out);
      break;
    case 'pipe':
      if (def.in) unknownFields(def.in, value, path, out);
      break;
    case 'lazy':
      if (def.getter) unknownFields(def.getter(), value, path, out);
      break;
    case 'union': {
      const match = def.options?.find((o) => z.safeParse(o, value).success);
      if (match) unknownFields(match, value, path, out);
      break;
    }
  }
  return out;
}

/** What `checkContent` found wrong: already explained, or zod issues still to explain. */
export type CheckFailed =
  { ok: false; problems: Problem[] } | { ok: false; issues: ZodIssueLike[] };

/**
 * Content file → typed content; on failure, either French problems (not an object, newer
 * version) or the raw zod issues, which `issuesToProblems` explains. The content controller
 * uses this and loads the French explanations only when a file is wrong (`explain.lazy.ts`):
 * a page with valid content never downloads them.
 */
export function checkContent<T>(
  schema: $ZodType<T>,
  input: unknown,
  options: ValidateOptions,
): ValidationOk<T> | CheckFailed {
  if (!isRecord(input)) {
    return {
      ok: false,
      problems: [
        {
          path: '',
          message: Array.isArray(input)
            ? 'le fichier contient une liste [ … ] : il doit contenir un objet entre accolades { … } avec "version", "title"…'
            : 'le fichier doit contenir un objet entre accolades { … } avec "version", "title"…',
        },
      ],
    };
  }
  const version = input.version;
  if (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version > options.supportedVersion
  ) {
    return {
      ok: false,
      problems: [
        {
          path: 'version',
          message: `ce contenu est en version ${version}, mais ce composant ne comprend que jusqu'à la version ${options.supportedVersion} : mettez à jour ${options.packageName}, ou utilisez un contenu en version ${options.supportedVersion}`,
        },
      ],
    };
  }
  const result = z.safeParse(schema, input, { reportInput: true });
  if (!result.success)
    return { ok: false, issues: result.error.issues as unknown as ZodIssueLike[] };
  return { ok: true, data: result.data, warnings: unknownFields(schema, input) };
}

/**
 * Content file → typed content, or French problems. Checks the `version` first, so a file written
 * for a newer package says so instead of listing fields this package does not know.
 */
export function validateContent<T>(
  schema: $ZodType<T>,
  input: unknown,
  options: ValidateOptions,
): ValidationResult<T> {
  const r = checkContent(schema, input, options);
  return 'issues' in r ? { ok: false, problems: issuesToProblems(r.issues, [], options.texts) } : r;
}

// JSON text helpers live in ./json-text.ts (no zod: loaded on demand by the controller).
export { jsonErrorOffset, parseJsonText } from './json-text.js';
