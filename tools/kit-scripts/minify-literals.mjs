// Shrinks the static text of Lit `css` and `html` tagged templates in the CDN bundle:
// comments dropped, runs of white space folded to one space (HTML) or removed where CSS allows.
// Expressions `${…}` are kept untouched. Only our own packages' files go through it.
import { readFile } from 'node:fs/promises';

/** Index just past the template literal that starts at `start` (the opening backtick). */
function scanTemplate(src, start, onStatic) {
  let i = start + 1;
  let chunk = '';
  while (i < src.length) {
    const c = src[i];
    if (c === '\\') {
      chunk += c + src[i + 1];
      i += 2;
      continue;
    }
    if (c === '`') {
      onStatic(chunk, true);
      return i + 1;
    }
    if (c === '$' && src[i + 1] === '{') {
      onStatic(chunk, false);
      chunk = '';
      const end = scanExpression(src, i + 2);
      onStatic(null, false, src.slice(i, end));
      i = end;
      continue;
    }
    chunk += c;
    i++;
  }
  throw new Error('unterminated template');
}

/** Index just past the `}` closing an expression that starts at `start`. */
function scanExpression(src, start) {
  let depth = 1;
  let i = start;
  while (i < src.length) {
    const c = src[i];
    if (c === '`') {
      i = scanTemplate(src, i, () => {});
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      while (i < src.length && src[i] !== c) i += src[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      i = src.indexOf('*/', i + 2) + 2;
      continue;
    }
    if (c === '{') depth++;
    if (c === '}' && --depth === 0) return i + 1;
    i++;
  }
  throw new Error('unterminated expression');
}

const minifyCss = (s) =>
  s
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/ !important/g, '!important')
    .replace(/([\s:,(]-?)0\.(\d)/g, '$1.$2')
    .replace(/calc\([^;{}]*\)/g, (calc) => calc.replace(/\s*([*/])\s*/g, '$1'));

const minifyHtml = (s) =>
  s
    .replace(/<!--(?!\?lit)[\s\S]*?-->/g, '')
    .replace(/\s+/g, ' ')
    .replace(/>\s+</g, '> <');

export function minifyLiterals(src) {
  let out = '';
  let i = 0;
  const re = /\b(css|html|svg)`/g;
  let m;
  while ((m = re.exec(src))) {
    if (m.index < i) continue;
    const tick = m.index + m[1].length;
    out += src.slice(i, tick) + '`';
    const fn = m[1] === 'css' ? minifyCss : minifyHtml;
    const end = scanTemplate(src, tick, (chunk, _last, expr) => {
      // Expressions may hold nested templates (html`…` inside ${…}): minify those too.
      if (expr !== undefined) out += '${' + minifyLiterals(expr.slice(2, -1)) + '}';
      else out += fn(chunk);
    });
    out += '`';
    i = end;
    re.lastIndex = end;
  }
  return out + src.slice(i);
}

/** esbuild plugin: applies `minifyLiterals` to files of this repository outside node_modules. */
export const minifyLiteralsPlugin = {
  name: 'qd-minify-literals',
  setup(build) {
    build.onLoad({ filter: /\.(ts|js)$/ }, async (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const src = await readFile(args.path, 'utf8');
      return { contents: minifyLiterals(src), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};
