import type { Problem } from './problems.js';

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
