/**
 * Embed snippets (npm, CDN `<script>`, iframe) for any component of the kit, built from
 * `generated/embeds.json` — i.e. from what `pnpm build` produced (name, exact version, SRI
 * integrity, sizes, declared tags). Nothing here is written by hand: a package that is not built,
 * or a tag it does not declare, gives a French explanation instead of a snippet.
 */
import generated from '../../generated/embeds.json';

export interface EmbedTag {
  tag: string;
  className: string;
  summary: string;
  /** Attributes declared in custom-elements.json (inherited ones included). */
  attributes: string[];
}

export interface EmbedCdn {
  file: string;
  url: string;
  integrity: string;
  bytes: number;
  gzip: number;
  brotli: number;
}

export interface EmbedPackage {
  name: string;
  version: string;
  shortName: string;
  description: string;
  private: boolean;
  /** The package exports `./define`. */
  define: boolean;
  tags: EmbedTag[];
  cdn: EmbedCdn | null;
  /**
   * The iframe page of apps/embed for this package, the element it shows, and the parameters it
   * reads from its address (any other is ignored by the page).
   */
  iframe: { tag: string; url: string; reads?: string[] } | null;
  /** Why no snippet can be given (not built, stale build…). */
  problem?: string;
  /** Why there is no iframe page (apps/embed not built…). */
  iframeProblem?: string;
}

export interface EmbedData {
  packages: Record<string, EmbedPackage>;
}

/** The data collected from the build (scripts/collect.mjs). */
export const embedData = generated as EmbedData;

export type AttributeValue = string | number | boolean | null | undefined;
export type Attributes = Record<string, AttributeValue>;

/** What a story puts in `parameters.embed`. */
export interface EmbedParameter {
  /** npm name, e.g. `@quartiers-douai/quiz`. */
  package: string;
  /** The element, e.g. `qd-quiz`. */
  tag: string;
  /** Attributes of the element in the snippet, or a function of the story's args. */
  attributes?: Attributes | ((args: Record<string, unknown>) => Attributes);
  /** The iframe's `title` (defaults to the element's `@summary`). */
  title?: string;
  /** The iframe's height in pixels (default 600). */
  height?: number;
}

export interface EmbedSnippetsInput {
  packageName: string;
  tag: string;
  attributes?: Attributes;
  title?: string;
  height?: number;
}

export interface EmbedSnippets {
  ok: true;
  package: EmbedPackage;
  tag: EmbedTag;
  npm: {
    /** `npm i @quartiers-douai/x` */
    install: string;
    /** `import '@quartiers-douai/x/define';` */
    module: string;
    /** `<qd-x …></qd-x>` */
    markup: string;
  };
  /** `<script type="module" src="…" integrity="sha384-…" crossorigin="anonymous"></script>` + the tag. */
  cdn: string;
  /** `<iframe src="…/embed/x.html?…" title="…" …></iframe>`, or why there is none. */
  iframe: { ok: true; code: string } | { ok: false; reason: string };
  /** Things to adapt before pasting (French). */
  notes: string[];
}

export interface EmbedUnavailable {
  ok: false;
  /** Why, in French, with what to do. */
  reason: string;
}

export type EmbedResult = EmbedSnippets | EmbedUnavailable;

/** Placeholder for the centre's own site, where a relative content address must become absolute. */
export const SITE_PLACEHOLDER = 'https://votre-site.fr/';

const TAG_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/;
const ATTRIBUTE_NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** Escapes a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The attributes that end up on the element: `true` → bare attribute, `false`/empty → left out. */
function presentAttributes(attributes: Attributes): Array<[string, string | true]> {
  const out: Array<[string, string | true]> = [];
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    out.push([name, value === true ? true : String(value)]);
  }
  return out;
}

/** `<qd-quiz src="contenu.json" easy></qd-quiz>` */
export function elementMarkup(tag: string, attributes: Attributes = {}): string {
  const attrs = presentAttributes(attributes)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return `<${tag}${attrs}></${tag}>`;
}

const isAbsolute = (url: string) => /^[a-z][a-z0-9+.-]*:/i.test(url);

/** The query of the iframe page: one parameter per attribute (`easy` alone → `easy=`). */
function iframeQuery(attributes: Attributes, notes: string[]): string {
  const query = new URLSearchParams();
  for (const [name, value] of presentAttributes(attributes)) {
    if (name === 'src' && value !== true && !isAbsolute(value)) {
      // The iframe page lives on another site: a relative address would point there.
      const absolute = SITE_PLACEHOLDER + value.replace(/^\.?\//, '');
      notes.push(
        `Iframe : remplacez « ${absolute} » par l'adresse complète de votre fichier de contenu. Votre site doit en autoriser la lecture depuis un autre site (en-tête Access-Control-Allow-Origin).`,
      );
      query.set(name, absolute);
    } else {
      query.set(name, value === true ? '' : value);
    }
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/**
 * The three ways to put `tag` of `packageName` in a page, from the build's data.
 * @param data defaults to `generated/embeds.json`; tests may pass their own.
 */
export function embedSnippets(input: EmbedSnippetsInput, data: EmbedData = embedData): EmbedResult {
  const { packageName, tag } = input;
  const attributes = input.attributes ?? {};
  const pkg = data.packages[packageName];
  if (!pkg) {
    return {
      ok: false,
      reason: `Le paquet ${packageName} est inconnu : il n'existe pas dans packages/ (vérifiez parameters.embed.package).`,
    };
  }
  if (!TAG_NAME.test(tag))
    return { ok: false, reason: `« ${tag} » n'est pas un nom d'élément valide.` };
  const badName = Object.keys(attributes).find((name) => !ATTRIBUTE_NAME.test(name));
  if (badName !== undefined) {
    return {
      ok: false,
      reason: `« ${badName} » n'est pas un nom d'attribut valide (minuscules et tirets).`,
    };
  }
  if (pkg.problem || !pkg.cdn) {
    return { ok: false, reason: `${pkg.name} : ${pkg.problem ?? 'pas de bundle CDN'}.` };
  }
  const declared = pkg.tags.find((t) => t.tag === tag);
  if (!declared) {
    return {
      ok: false,
      reason: `${pkg.name} ne déclare pas l'élément <${tag}> (custom-elements.json). Éléments déclarés : ${
        pkg.tags.map((t) => `<${t.tag}>`).join(', ') || 'aucun'
      }.`,
    };
  }
  if (!pkg.define) {
    return {
      ok: false,
      reason: `${pkg.name} n'exporte pas « ./define » (package.json "exports").`,
    };
  }

  const notes: string[] = [];
  const markup = elementMarkup(tag, attributes);
  const script = `<script type="module" src="${escapeAttribute(pkg.cdn.url)}" integrity="${escapeAttribute(
    pkg.cdn.integrity,
  )}" crossorigin="anonymous"></script>`;
  return {
    ok: true,
    package: pkg,
    tag: declared,
    npm: {
      install: `npm i ${pkg.name}`,
      module: `import '${pkg.name}/define';`,
      markup,
    },
    cdn: `${script}\n${markup}`,
    iframe: iframeSnippet(pkg, declared, input, attributes, notes),
    notes,
  };
}

function iframeSnippet(
  pkg: EmbedPackage,
  declared: EmbedTag,
  input: EmbedSnippetsInput,
  attributes: Attributes,
  notes: string[],
): EmbedSnippets['iframe'] {
  if (!pkg.iframe) {
    return { ok: false, reason: pkg.iframeProblem ?? `${pkg.name} n'a pas de page iframe.` };
  }
  if (pkg.iframe.tag !== declared.tag) {
    return {
      ok: false,
      reason: `La page iframe de ${pkg.name} montre <${pkg.iframe.tag}>, pas <${declared.tag}> : utilisez npm ou le script CDN.`,
    };
  }
  const title = input.title ?? (declared.summary || declared.tag);
  const height = Math.round(input.height ?? 600);
  const reads = pkg.iframe.reads;
  const ignored = reads
    ? presentAttributes(attributes)
        .map(([a]) => a)
        .filter((a) => !reads.includes(a))
    : [];
  const kept = reads
    ? Object.fromEntries(Object.entries(attributes).filter(([a]) => reads.includes(a)))
    : attributes;
  if (ignored.length > 0)
    notes.push(
      `Iframe : ${ignored.map((a) => `« ${a} »`).join(', ')} ne se règle(nt) pas par l'adresse d'une page iframe (la page l'ignore : où vont les réponses, ce qui est gardé et la date restent dans le balisage du centre). Pour ces réglages, utilisez le script CDN ou l'extension WordPress.`,
    );
  const url = `${pkg.iframe.url}${iframeQuery(kept, notes)}`;
  // resize.js (optional, beside the iframe pages) gives the iframe its content's height.
  const resize = new URL('resize.js', pkg.iframe.url).href;
  return {
    ok: true,
    code:
      `<iframe src="${escapeAttribute(url)}" title="${escapeAttribute(
        title,
      )}" width="100%" height="${height}" loading="lazy" style="border: 0; max-width: 100%"></iframe>\n` +
      `<script src="${escapeAttribute(resize)}" defer></script>`,
  };
}

/** `24,1 Ko` */
export function formatKilobytes(bytes: number): string {
  return `${new Intl.NumberFormat('fr-FR', {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(bytes / 1024)} Ko`;
}
