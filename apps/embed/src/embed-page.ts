/**
 * The script of every iframe page (`<name>.html`): reads the page's parameters, puts the
 * prototype's element in the page, and reports the content's height to the parent page.
 *
 * Parameters (query string):
 * - `src`      address of a content file: `https://…`, or an address on this same site;
 * - `content`  id of one of the prototype's sample contents (its `content/<id>.json`);
 * - `lang`     language of the interface (`fr`, `en`, `ar`…; `ar` turns the page right-to-left);
 * - `theme`    `light`, `dark` or `auto` (default: the device's setting);
 * - `parent`   optional origin of the only parent page allowed to receive the height;
 * - the element's presentation attributes of `ADDRESS_ATTRIBUTES` (`easy`, `read-aloud`), passed
 *   as is (`easy=` alone sets the bare attribute); every other parameter is ignored.
 * The page has a strict Content-Security-Policy (scripts from its own site only, Trusted Types):
 * nothing here builds HTML from strings.
 */
import { HELLO, MAX_HEIGHT, PROTOCOL_VERSION, READY, RESIZE, isEmbedMessage } from './protocol.js';
import address from './address.json';

export interface EmbedSample {
  id: string;
  title: string;
}

/** Written by scripts/build.mjs into each page (`<script type="application/json" id="qd-embed-config">`). */
export interface EmbedConfig {
  tag: string;
  package: string;
  version: string;
  /** Folder of the sample contents, relative to the page, ending with `/`. */
  contentBase: string;
  contents: EmbedSample[];
  /**
   * Settings the page always gives the element (package.json `qd.demoAttributes`): a poll on
   * the kit's pages is a demonstration that says nothing is kept (`collect="demo"`); where
   * answers go is never read from the address.
   */
  attributes?: Record<string, string>;
}

/**
 * Parameters handled by the page itself, never passed to the element. This list and the next are
 * in address.json: the build copies them into embed-manifest.json, and the docs app's iframe
 * snippets keep only what the page reads.
 */
const PAGE_PARAMS = new Set(address.page);

/**
 * The element's attributes that the page's address may set: how the content reads, nothing more.
 * Anyone can write a link to the kit's pages with any query, so this is an allow-list: where
 * answers go or are kept (`action`, `keep-ballots`, `storage`, `staff-pin`, `kiosk`,
 * `kiosk-timeout`, `results-src`, `public-computer`…), what day it is (`today`) and what the page
 * says in the centre's name (`centre-phone`…) never come from the address; they belong in the
 * centre's own markup. Add a name here only if a stranger's link using it can neither send, keep,
 * reveal nor misdate anything, nor speak for the centre; the element must also observe it.
 */
export const ADDRESS_ATTRIBUTES: readonly string[] = address.attributes;

const RTL_LANGUAGES = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi']);
const LANG = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i;
const THEMES = new Set(['light', 'dark', 'auto']);

export type ContentChoice =
  { ok: true; src: string } | { ok: false; title: string; lines: string[] };

/**
 * Where the content comes from: `?src=` (https, or this page's own origin) or `?content=` (a
 * sample id). Anything else is refused with a French explanation.
 */
export function chooseContent(
  params: URLSearchParams,
  config: EmbedConfig,
  pageUrl: string,
): ContentChoice {
  const src = params.get('src');
  const id = params.get('content');
  const samples = config.contents.map((c) => c.id);
  const sampleList = samples.length ? `Exemples disponibles : ${samples.join(', ')}.` : '';
  if (src !== null && id !== null) {
    return {
      ok: false,
      title: 'Deux contenus demandés',
      lines: [
        'L’adresse de la page contient à la fois « src » et « content » : gardez-en un seul.',
      ],
    };
  }
  if (src !== null) {
    let url: URL;
    try {
      url = new URL(src, pageUrl);
    } catch {
      return {
        ok: false,
        title: 'Adresse du contenu invalide',
        lines: [`« ${src} » n’est pas une adresse.`],
      };
    }
    const page = new URL(pageUrl);
    if (url.protocol !== 'https:' && url.origin !== page.origin) {
      return {
        ok: false,
        title: 'Adresse du contenu refusée',
        lines: [
          `« ${src} » n’est pas autorisée.`,
          'L’adresse du fichier de contenu doit commencer par https:// (ou être sur le même site que cette page).',
        ],
      };
    }
    return { ok: true, src: url.href };
  }
  if (id !== null) {
    if (!samples.includes(id)) {
      return {
        ok: false,
        title: 'Exemple inconnu',
        lines: [`Il n’y a pas d’exemple « ${id} » pour <${config.tag}>.`, sampleList].filter(
          Boolean,
        ),
      };
    }
    return { ok: true, src: new URL(`${config.contentBase}${id}.json`, pageUrl).href };
  }
  return {
    ok: false,
    title: 'Aucun contenu',
    lines: [
      'Ajoutez à l’adresse de la page ?src= suivi de l’adresse de votre fichier de contenu (https://…), ou ?content= suivi d’un exemple.',
      sampleList,
    ].filter(Boolean),
  };
}

/**
 * The element's attributes asked for in the query: those of `addressable` that the element
 * observes; every other parameter (not the page's own) is `ignored`.
 */
export function elementAttributes(
  params: URLSearchParams,
  observed: readonly string[],
  addressable: readonly string[] = ADDRESS_ATTRIBUTES,
): {
  attributes: Array<[string, string]>;
  ignored: string[];
} {
  const allowed = new Set(observed.map((a) => a.toLowerCase()));
  const attributes: Array<[string, string]> = [];
  const ignored: string[] = [];
  for (const [name, value] of params) {
    if (PAGE_PARAMS.has(name)) continue;
    if (allowed.has(name) && addressable.includes(name)) attributes.push([name, value]);
    else ignored.push(name);
  }
  return { attributes, ignored };
}

/** `lang` and `dir` of the page (the element takes its language from the closest `[lang]`). */
export function pageLanguage(
  params: URLSearchParams,
): { lang: string; dir: 'ltr' | 'rtl' } | undefined {
  const lang = params.get('lang');
  if (lang === null || !LANG.test(lang)) return undefined;
  const primary = lang.split('-')[0]!.toLowerCase();
  return { lang, dir: RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr' };
}

/** The origin named by `?parent=`, if any and valid. */
export function expectedParentOrigin(params: URLSearchParams): string | undefined {
  const parent = params.get('parent');
  if (!parent) return undefined;
  try {
    const origin = new URL(parent).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

function showProblem(main: HTMLElement, title: string, lines: string[]): void {
  const box = document.createElement('div');
  box.className = 'qd-embed-problem';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.className = 'qd-embed-problem__title';
  heading.textContent = title;
  box.append(heading);
  for (const line of lines) {
    const p = document.createElement('p');
    p.textContent = line;
    box.append(p);
  }
  main.replaceChildren(box);
}

/**
 * Sends the content's height to the parent page once it has said hello (see protocol.ts).
 * ResizeObserver sees every change while the iframe is on screen; Chromium stops rendering an
 * off-screen cross-origin iframe, so changes inside the element (its shadow DOM, its lifecycle
 * events) are also watched and measured directly (a forced layout works there too).
 * @returns a function to call with the element once it is in the page.
 */
function reportHeight(
  main: HTMLElement,
  tag: string,
  params: URLSearchParams,
): (element: Element) => void {
  if (window.parent === window) return () => {}; // not in an iframe: nothing to tell
  const expected = expectedParentOrigin(params);
  let parentOrigin: string | undefined;
  let last = 0;
  const send = () => {
    if (!parentOrigin) return;
    const height = Math.min(
      MAX_HEIGHT,
      Math.max(1, Math.ceil(main.getBoundingClientRect().height)),
    );
    if (height === last) return;
    last = height;
    window.parent.postMessage(
      { type: RESIZE, version: PROTOCOL_VERSION, height, tag },
      parentOrigin,
    );
  };
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || !isEmbedMessage(event.data) || event.data.type !== HELLO)
      return;
    if (event.origin === 'null' || (expected !== undefined && event.origin !== expected)) return;
    parentOrigin = event.origin;
    last = 0;
    send();
  });
  new ResizeObserver(send).observe(main);
  // No data in this one: it may go to whoever the parent is.
  window.parent.postMessage({ type: READY, version: PROTOCOL_VERSION }, '*');
  return (element) => {
    for (const type of ['qd-content-ready', 'qd-content-error'])
      element.addEventListener(type, send);
    if (element.shadowRoot) {
      new MutationObserver(send).observe(element.shadowRoot, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    }
  };
}

export function start(): void {
  const main = document.querySelector<HTMLElement>('main');
  const configNode = document.getElementById('qd-embed-config');
  if (!main || !configNode?.textContent)
    throw new Error('qd-embed : page incomplète (main ou configuration absente).');
  const config = JSON.parse(configNode.textContent) as EmbedConfig;
  const params = new URLSearchParams(location.search);
  const root = document.documentElement;

  const language = pageLanguage(params);
  if (language) {
    root.lang = language.lang;
    root.dir = language.dir;
  }
  const theme = params.get('theme');
  if (theme !== null && THEMES.has(theme) && theme !== 'auto') root.dataset['theme'] = theme;

  const watchElement = reportHeight(main, config.tag, params);

  const ElementClass = customElements.get(config.tag) as
    (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  if (!ElementClass) {
    showProblem(main, 'Composant indisponible', [
      `Le fichier qui définit <${config.tag}> n’a pas pu être chargé.`,
    ]);
    return;
  }
  const choice = chooseContent(params, config, location.href);
  if (!choice.ok) {
    showProblem(main, choice.title, choice.lines);
    return;
  }
  const { attributes, ignored } = elementAttributes(params, ElementClass.observedAttributes ?? []);
  if (ignored.length > 0) {
    const accepted = [
      ...PAGE_PARAMS,
      ...ADDRESS_ATTRIBUTES.filter((a) => ElementClass.observedAttributes?.includes(a)),
    ];
    console.warn(
      `qd-embed : paramètre(s) ignoré(s) : ${ignored.join(', ')}. Acceptés : ${accepted.join(', ')}. Où vont les réponses, ce qui est gardé et la date (action, storage, today…) ne se règlent jamais par l’adresse de la page.`,
    );
  }
  const element = document.createElement(config.tag);
  for (const [name, value] of Object.entries(config.attributes ?? {}))
    element.setAttribute(name, value);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  element.setAttribute('src', choice.src);
  main.replaceChildren(element);
  watchElement(element);
}
