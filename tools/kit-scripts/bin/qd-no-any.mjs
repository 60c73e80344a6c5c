#!/usr/bin/env node
// Gate 8: no `any` in the public types of the kit's packages. Reads every packages/*/dist/**/*.d.ts
// (what npm users get), ignores comments and string literals, and fails on each `any` written as a
// type (`: any`, `<any>`, `any[]`, `| any`, `as any`…), with its file and line.
//
//   node tools/kit-scripts/bin/qd-no-any.mjs [root]      (root defaults to the monorepo)
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Blanks comments and string literals (keeping line breaks, so lines still count). */
export function codeOnly(source) {
  return source.replace(
    /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g,
    (m) => m.replace(/[^\n]/g, ' '),
  );
}

/** Each `any` used as a type in a declaration file: [{ line, text }]. */
export function findAny(source) {
  const code = codeOnly(source);
  const lines = source.split('\n');
  const found = [];
  const re = /(?<![\w$.])any(?![\w$])(?!\s*\??:)/g;
  for (const m of code.matchAll(re)) {
    const line = code.slice(0, m.index).split('\n').length;
    found.push({ line, text: lines[line - 1].trim() });
  }
  return found;
}

function dtsFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...dtsFiles(p));
    else if (/\.d\.[cm]?ts$/.test(name)) out.push(p);
  }
  return out;
}

/** Every `any` in the public types of every package under root/packages. */
export function scan(root) {
  const problems = [];
  let files = 0;
  const packages = join(root, 'packages');
  for (const pkg of readdirSync(packages)) {
    const dist = join(packages, pkg, 'dist');
    if (!existsSync(dist)) {
      problems.push(`${pkg}: dist/ missing (run pnpm build first)`);
      continue;
    }
    for (const file of dtsFiles(dist)) {
      files++;
      for (const { line, text } of findAny(readFileSync(file, 'utf8')))
        problems.push(`${relative(root, file)}:${line}: any in a public type — ${text}`);
    }
  }
  return { files, problems };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? join(fileURLToPath(import.meta.url), '../../../..'));
  const { files, problems } = scan(root);
  if (problems.length > 0) {
    console.error(
      `qd-no-any: ${problems.length} problem(s) in ${files} declaration files:\n${problems.join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`qd-no-any: no any in the public types (${files} declaration files)`);
}
