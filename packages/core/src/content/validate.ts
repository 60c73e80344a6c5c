import type { $ZodType } from 'zod/v4/core';
import * as z from 'zod/mini';
import {
  formatPath,
  issuesToProblems,
  type PathSegment,
  type Problem,
  type ZodIssueLike,
} from './problems.js';

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
          const child = def.shape[key];
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

/**
 * Content file → typed content, or French problems. Checks the `version` first, so a file written
 * for a newer package says so instead of listing fields this package does not know.
 */
export function validateContent<T>(
  schema: $ZodType<T>,
  input: unknown,
  options: ValidateOptions,
): ValidationResult<T> {
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
  if (!result.success) {
    return {
      ok: false,
      problems: issuesToProblems(result.error.issues as unknown as ZodIssueLike[]),
    };
  }
  return { ok: true, data: result.data, warnings: unknownFields(schema, input) };
}

/**
 * Offset of the first JSON syntax error in `text` (`text.length` when the text stops too early),
 * or -1 when `text` is valid JSON. Browsers word (and place) parse errors differently — Firefox
 * and Safari give no offset, Chromium none for "Unexpected token" — so the kit finds it itself.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  const digits = () => {
    if (!isDigit(text[i])) fail();
    while (isDigit(text[i])) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const string = () => {
    i++; // the opening quote
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') return void i++;
      if (c === '\\') {
        const next = text[i + 1];
        if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else {
          i++; // point at the letter after the backslash
          fail();
        }
        continue;
      }
      if (c < ' ') fail(); // a raw line break or tab inside a text
      i++;
    }
    fail();
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  const list = (close: string, item: () => void) => {
    i++;
    space();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      space();
      if (text[i] === ',') i++;
      else if (text[i] === close) return void i++;
      else fail();
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{')
      return list('}', () => {
        space();
        if (text[i] !== '"') fail();
        string();
        space();
        if (text[i] !== ':') fail();
        i++;
        value();
      });
    if (c === '[') return list(']', value);
    if (c === '"') return string();
    if (c === '-' || isDigit(c)) return number();
    for (const word of ['true', 'false', 'null'])
      if (text.startsWith(word, i)) return void (i += word.length);
    fail();
  };
  try {
    value();
    space();
    return i < text.length ? i : -1;
  } catch (at) {
    return typeof at === 'number' ? at : -1; // e.g. nesting too deep to scan: no position
  }
}

/** Line and column (both counted from 1, as editors show them) of an offset in `text`. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

/** Where a parse of JSON text failed, as line and column, for the worker's editor. */
export function parseJsonText(
  text: string,
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    if (text.trim() === '') {
      return {
        ok: false,
        problem: {
          path: '',
          message: 'le fichier est vide : il doit contenir un objet JSON { … }',
        },
      };
    }
    const offset = jsonErrorOffset(text);
    let where = '';
    if (offset >= 0) {
      const { line, column } = lineColumn(text, offset);
      where = ` (ligne ${line}, colonne ${column})`;
    }
    return {
      ok: false,
      problem: {
        path: '',
        message: `le fichier n'est pas un JSON valide${where} : vérifiez les virgules (pas de virgule après le dernier élément), les guillemets droits "…" et les accolades`,
      },
    };
  }
}
