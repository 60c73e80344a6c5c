/**
 * Every prototype of the kit, discovered from packages/*: a package with "qd.tag" in its
 * package.json is a prototype, and gets every gate by existing. Its `src/quality.ts` tells the
 * gates how to make valid contents and how to walk through its screens.
 */
import type * as FastCheck from 'fast-check';
import type { $ZodType } from 'zod/v4/core';
import type { Texts } from '@quartiers-douai/core';

export interface QualityModule {
  /** The element these gates drive. */
  tag: string;
  /** Any valid content (fast-check). */
  arbitrary(fc: typeof FastCheck): FastCheck.Arbitrary<unknown>;
  /** Drives a rendered element from its first screen to its last, yielding each screen's name. */
  walk(el: HTMLElement): AsyncGenerator<string>;
  /**
   * The same journey with the keyboard only (Tab, Shift+Tab, arrows, Enter, Space, Escape, and
   * typing into text fields), checking where the focus is and what is announced; yields each
   * screen's name. Required by the keyboard gate (gate 2).
   */
  keyboard?(el: HTMLElement, kb: KeyboardDriver): AsyncGenerator<string>;
  /**
   * The package's other elements that read content of their own (not its `qd.tag`: the tutos'
   * library…): the XSS gate drives each of them too (xss.test.ts).
   */
  extras?: readonly ExtraElement[];
}

/** Another element of a package, with its own content (`QualityModule.extras`). */
export interface ExtraElement extends Omit<QualityModule, 'extras'> {
  /** Registers the element. */
  define(): Promise<unknown>;
  /** Sample contents, by file name. */
  samples: Record<string, unknown>;
  /** The generated JSON Schema of its content. */
  jsonSchema: JsonSchema;
  /** The zod schema of its content. */
  schema: $ZodType;
  /** The sentences of its content rules, if any. */
  texts?: Texts;
}

/** What the keyboard gate hands to a prototype's `keyboard` walk. */
export interface KeyboardDriver {
  /** Presses keys (userEvent.keyboard syntax): only Tab, Shift+Tab, arrows, Home/End, Enter, Space, Escape. */
  press(keys: string): Promise<void>;
  /** Types text into the focused text field. */
  type(text: string): Promise<void>;
  /** The focused element (inside shadow roots). */
  focused(): Element | null;
  /** Text of the element's live regions (role=status/alert, aria-live). */
  announced(): string;
  /** Presses Tab until the focus is on an element that matches (fails after `max`). */
  tabTo(match: (e: Element) => boolean, why: string, max?: number): Promise<Element>;
  /** Fails unless the focus is inside the element, on one that matches. */
  expectFocus(match: (e: Element) => boolean, why: string): void;
  /** Fails unless the announced text matches. */
  expectStatus(re: RegExp, why: string): void;
}

export interface Prototype {
  folder: string;
  name: string;
  tag: string;
  /** Sample contents from content/*.json, by file name. */
  samples: Record<string, unknown>;
  /** The generated JSON Schema (schema.json). */
  jsonSchema: JsonSchema | undefined;
  /** Registers the element(s). */
  define(): Promise<unknown>;
  /** The zod content schema (src/schema.ts `contentSchema`). */
  schema(): Promise<$ZodType | undefined>;
  /** The sentences of its own content rules (src/texts.lazy.ts, docs/decisions/0014), if any. */
  texts(): Promise<Texts | undefined>;
  /** The package's src/quality.ts, if it has one. */
  quality(): Promise<QualityModule | undefined>;
}

export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
}

interface PackageJson {
  name: string;
  private?: boolean;
  qd?: { tag?: string; demoAttributes?: Record<string, string> };
}

const pkgs = import.meta.glob<PackageJson>('../../../packages/*/package.json', {
  eager: true,
  import: 'default',
});
const jsonSchemas = import.meta.glob<JsonSchema>('../../../packages/*/schema.json', {
  eager: true,
  import: 'default',
});
const contents = import.meta.glob<unknown>('../../../packages/*/content/*.json', {
  eager: true,
  import: 'default',
});
const defines = import.meta.glob('../../../packages/*/src/define.ts');
const schemas = import.meta.glob<{ contentSchema?: $ZodType }>('../../../packages/*/src/schema.ts');
const texts = import.meta.glob<Texts>('../../../packages/*/src/texts.lazy.ts', {
  import: 'default',
});
const qualities = import.meta.glob<QualityModule>('../../../packages/*/src/quality.ts');

/**
 * The settings a demonstration gives each prototype's element (package.json `qd.demoAttributes`):
 * a poll needs a destination for its ballots, `collect="demo"` (docs/decisions/0018).
 */
export const demoAttributes: Record<string, Record<string, string>> = Object.fromEntries(
  Object.values(pkgs)
    .filter((p) => typeof p.qd?.tag === 'string')
    .map((p) => [p.qd!.tag!, p.qd!.demoAttributes ?? {}]),
);

const folderOf = (path: string) => path.split('/packages/')[1]!.split('/')[0]!;

export const prototypes: Prototype[] = Object.entries(pkgs)
  .filter(([, p]) => !p.private && typeof p.qd?.tag === 'string')
  .map(([path, p]) => {
    const folder = folderOf(path);
    const base = `../../../packages/${folder}`;
    const samples = Object.fromEntries(
      Object.entries(contents)
        .filter(([k]) => folderOf(k) === folder)
        .map(([k, v]) => [k.split('/').pop()!, v]),
    );
    return {
      folder,
      name: p.name,
      tag: p.qd!.tag!,
      samples,
      jsonSchema: jsonSchemas[`${base}/schema.json`],
      define: () =>
        defines[`${base}/src/define.ts`]?.() ??
        Promise.reject(new Error(`${folder}: src/define.ts manquant`)),
      schema: async () => (await schemas[`${base}/src/schema.ts`]?.())?.contentSchema,
      texts: async () => texts[`${base}/src/texts.lazy.ts`]?.(),
      quality: async () => qualities[`${base}/src/quality.ts`]?.(),
    };
  })
  .sort((a, b) => a.folder.localeCompare(b.folder));
