/**
 * Every prototype (and the other elements its quality.ts lists) reads a content file whose fields
 * are named like what every JavaScript object has — `constructor`, `__proto__`, `toString` — as a
 * file like any other: at the top, they are unknown fields (warned about, the content shown);
 * in every nested object, the content is shown or the French error panel says what is wrong.
 * Never « Chargement du contenu… » forever, never an uncaught error, never a changed prototype.
 * The contents are JSON text read by JSON.parse, as a file is: `"__proto__"` is then a field of
 * its own, not the object's prototype.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { catchErrors, deepText, mount } from './gates.js';
import { extraSubject, prototypes, subjectOf } from './subjects.js';
import type { GateSubject } from './gates.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
});

const NAMES = ['"constructor": 1', '"__proto__": {"polluted": true}', '"toString": "x"'];

/** `value` as JSON text, with the three fields added to its top object, or to every object. */
function withObjectNames(value: unknown, everywhere: boolean, top = true): string {
  if (Array.isArray(value))
    return `[${value.map((v) => withObjectNames(v, everywhere, false)).join(',')}]`;
  if (value && typeof value === 'object') {
    const own = Object.entries(value).map(
      ([k, v]) => `${JSON.stringify(k)}:${withObjectNames(v, everywhere, false)}`,
    );
    return `{${[...(top || everywhere ? NAMES : []), ...own].join(',')}}`;
  }
  return JSON.stringify(value);
}

async function check(s: GateSubject): Promise<string[]> {
  const failures: string[] = [];
  const quiet = [console.error, console.warn] as const;
  console.error = console.warn = () => {};
  try {
    for (const [file, sample] of Object.entries(s.samples))
      for (const everywhere of [false, true]) {
        const where = `${file} (${everywhere ? 'in every object' : 'at the top'})`;
        const content = JSON.parse(withObjectNames(sample, everywhere)) as unknown;
        const { errors } = await catchErrors(async () => {
          const el = await mount(s.quality.tag, content);
          const status = el.contentStatus;
          const alert = el.shadowRoot?.querySelector('[role="alert"]');
          if (status !== 'ready' && !(status === 'invalid' && alert))
            failures.push(`${where}: status ${status}: « ${deepText(el).trim().slice(0, 80)} »`);
          if (!everywhere && status !== 'ready')
            failures.push(`${where}: unknown fields at the top should only be warned about`);
          el.remove();
        });
        failures.push(...errors.map((e) => `${where}: error ${e}`));
        if (({} as { polluted?: unknown }).polluted !== undefined)
          failures.push(`${where}: Object.prototype changed`);
      }
  } finally {
    [console.error, console.warn] = quiet;
  }
  return failures;
}

const extras = (
  await Promise.all(
    prototypes.map(async (p) => ((await p.quality())?.extras ?? []).map((x) => ({ p, x }))),
  )
).flat();

describe('content fields named constructor, __proto__, toString: shown or explained, never stuck', () => {
  for (const p of prototypes)
    it(p.name, async () => expect(await check(await subjectOf(p))).toEqual([]), 60_000);
  for (const { p, x } of extras)
    it(`${p.name} <${x.tag}>`, async () => {
      expect(await check(await extraSubject(p, x))).toEqual([]);
    }, 60_000);
});
