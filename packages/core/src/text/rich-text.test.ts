import fc from 'fast-check';
import { render } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  parseInline,
  parseRichText,
  renderInlineText,
  renderRichText,
  richTextToPlain,
  type Inline,
} from './rich-text.js';
import { isSafeLink } from '../util/url.js';
import { demoContent } from '../test/test-element.js';
import {
  cleanup,
  flushPromises,
  mount,
  setPageLang,
  shadow,
  within,
} from '@quartiers-douai/kit-scripts/testing';

const NEW_TAB = '(ouvre un nouvel onglet)';
let container: HTMLDivElement;
beforeEach(() => {
  setPageLang('fr');
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  container.remove();
  cleanup();
});

/** Renders rich text into a fresh container; returns it. */
function show(src: string, inline = false): HTMLElement {
  render(
    inline
      ? renderInlineText(src, { newTabLabel: NEW_TAB })
      : renderRichText(src, { newTabLabel: NEW_TAB }),
    container,
  );
  return container;
}
/** The markup without Lit's comment markers. */
const html = (el: Element) => el.innerHTML.replace(/<!--[^]*?-->/g, '');

describe('rich text › each construct', () => {
  it('a blank line starts a new paragraph; a single line break stays a line break', () => {
    expect(html(show('Le centre ouvre lundi.\nFermé le dimanche.\n\nVenez nombreux.'))).toBe(
      '<p>Le centre ouvre lundi.<br>Fermé le dimanche.</p><p>Venez nombreux.</p>',
    );
  });

  it('**bold** and *italic* (or _italic_), nested', () => {
    expect(html(show('**Important** : *avant* _lundi_, **tout *vraiment* tout**'))).toBe(
      '<p><strong>Important</strong> : <em>avant</em> <em>lundi</em>, <strong>tout <em>vraiment</em> tout</strong></p>',
    );
  });

  it('lines starting with "- ", "• " or "* " make a bulleted list', () => {
    const el = show('Apportez :\n\n- votre carte\n• un stylo\n* **une photo**');
    expect(html(el)).toBe(
      '<p>Apportez :</p><ul><li>votre carte</li><li>un stylo</li><li><strong>une photo</strong></li></ul>',
    );
  });

  it('lines starting with "1. " or "2) " make a numbered list', () => {
    expect(html(show('1. Venez\n2) Inscrivez-vous'))).toBe(
      '<ol><li>Venez</li><li>Inscrivez-vous</li></ol>',
    );
  });

  it('a numbered list keeps the number it starts with', () => {
    const ol = show('3. Troisième étape\n4. Quatrième étape').querySelector('ol')!;
    expect(ol.start).toBe(3);
    expect(show('1. Première').querySelector('ol')!.hasAttribute('start')).toBe(false);
  });

  it('a paragraph followed by a list, and a list followed by a paragraph, without blank lines', () => {
    expect(html(show('Au programme :\n- cuisine\n- jardin\nÀ bientôt'))).toBe(
      '<p>Au programme :</p><ul><li>cuisine</li><li>jardin</li></ul><p>À bientôt</p>',
    );
  });

  it('an https link opens in a new tab, says so to screen readers, and cannot reach the opener', () => {
    const a = show('Voir [le site de la ville](https://www.douai.fr).').querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://www.douai.fr');
    expect(a.target).toBe('_blank');
    expect(a.rel).toBe('noopener noreferrer');
    expect(a.textContent!.replace(/\s+/g, ' ').trim()).toBe(`le site de la ville ${NEW_TAB}`);
    expect(a.querySelector('span.qd-visually-hidden')!.textContent!.trim()).toBe(NEW_TAB);
  });

  it('mailto: and tel: links open in place', () => {
    const el = show('[Écrire](mailto:accueil@centre-social.fr) ou [appeler](tel:+33327000000)');
    const [mail, tel] = el.querySelectorAll('a');
    expect(mail!.getAttribute('href')).toBe('mailto:accueil@centre-social.fr');
    expect(tel!.getAttribute('href')).toBe('tel:+33327000000');
    expect(mail!.hasAttribute('target')).toBe(false);
  });

  it('an address with parentheses (Wikipedia) is kept whole', () => {
    const a = show(
      'La [Scarpe](https://fr.wikipedia.org/wiki/Scarpe_(rivière)) traverse Douai.',
    ).querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://fr.wikipedia.org/wiki/Scarpe_(rivière)');
    expect(container.textContent).toContain(') traverse Douai.'.slice(1));
    expect(container.textContent).not.toContain('))');
  });

  it('a link to a refused address stays visible as text, with its address', () => {
    const el = show('[cliquez](javascript:alert(1)) et [site](http://douai.fr)');
    expect(el.querySelector('a')).toBeNull();
    expect(el.textContent).toBe('cliquez (javascript:alert(1)) et site (http://douai.fr)');
  });

  it('a backslash writes the character itself', () => {
    expect(show('5 \\* 3 = 15, \\_a\\_ et \\[b\\](c)').textContent).toBe(
      '5 * 3 = 15, _a_ et [b](c)',
    );
  });

  it('lonely markers are plain text', () => {
    expect(html(show('2 * 3 * 4, un _ seul, **pas fermé, [crochet'))).toBe(
      '<p>2 * 3 * 4, un _ seul, **pas fermé, [crochet</p>',
    );
  });

  it('inline text (titles, labels) has no paragraph, keeps line breaks and styles', () => {
    expect(html(show('Bienvenue\nau **centre**', true))).toBe(
      'Bienvenue<br>au <strong>centre</strong>',
    );
  });

  it('nothing for empty text', () => {
    expect(html(show(''))).toBe('');
  });

  it('richTextToPlain gives the words without markup (for read-aloud and labels)', () => {
    expect(
      richTextToPlain(
        'Venez avec **votre carte**.\n\n- un [stylo](https://douai.fr)\n- *une photo*',
      ),
    ).toBe('Venez avec votre carte.\n\nun stylo\nune photo');
  });
});

// --- properties -------------------------------------------------------------------------------

const ALLOWED = new Set(['P', 'BR', 'STRONG', 'EM', 'UL', 'OL', 'LI', 'A', 'SPAN']);
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  A: ['href', 'target', 'rel'],
  SPAN: ['class'],
  OL: ['start'],
};

const address = fc.oneof(
  fc.constantFrom(
    'https://douai.fr/a',
    'https://fr.wikipedia.org/wiki/Scarpe_(rivière)',
    "https://fr.wikipedia.org/wiki/L'Isle",
    'mailto:a@b.fr',
    'tel:+33',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,x',
    'http://x.fr',
    '//x.fr',
    'vbscript:x',
    '',
  ),
  fc.string(),
  fc.webUrl({ validSchemes: ['https', 'http', 'ftp'] }),
);
const link = fc
  .tuple(fc.string({ maxLength: 8 }), address)
  .map(([label, href]) => `[${label}](${href})`);

/** Text that looks like rich text: markers, links (safe and not), HTML, and anything. */
const richish = fc
  .array(
    fc.oneof(
      { weight: 2, arbitrary: link },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          '**',
          '*',
          '_',
          '[',
          ']',
          '(',
          ')',
          '](',
          '\n',
          '\n\n',
          '- ',
          '1. ',
          '• ',
          '\\',
          ' ',
          'Douai',
          'é',
          '3',
        ),
      },
      {
        weight: 2,
        arbitrary: fc.constantFrom(
          'https://douai.fr/a',
          'mailto:a@b.fr',
          'tel:+33',
          'javascript:alert(1)',
          'data:text/html,x',
          'http://x.fr',
          '//x.fr',
        ),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '<script>',
          '<img src=x onerror=alert(1)>',
          '&lt;',
          '"',
          "'",
          '`',
          '${x}',
          '\u202e',
          '\u200b',
        ),
      },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme' }) },
    ),
    { maxLength: 25 },
  )
  .map((parts) => parts.join(''));

/** Letters and digits, in order. */
const alnum = (s: string) => (s.match(/[\p{L}\p{N}]/gu) ?? []).join('');

/** What a reader gets: visible text, and each link's address right after its label. */
function readable(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || node.classList.contains('qd-visually-hidden')) return '';
  const inner = [...node.childNodes].map(readable).join('');
  return node.localName === 'a' ? inner + (node.getAttribute('href') ?? '') : inner;
}

/** List markers are markup, not words (a numbered list's first number is kept as `start`). */
const withoutListMarkers = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[-•*]|\d{1,3}[.)])\s+/, ''))
    .join('\n');

describe('rich text › properties (fast-check)', () => {
  it('only allowed elements and attributes appear, and every href is https:, mailto: or tel:', () => {
    fc.assert(
      fc.property(richish, (src) => {
        show(src);
        for (const el of container.querySelectorAll('*')) {
          expect(ALLOWED).toContain(el.tagName);
          if (el.tagName === 'SPAN') expect(el.className).toBe('qd-visually-hidden');
          for (const attr of el.getAttributeNames())
            expect(ALLOWED_ATTRIBUTES[el.tagName] ?? []).toContain(attr);
          if (el instanceof HTMLAnchorElement)
            expect(['https:', 'mailto:', 'tel:']).toContain(
              new URL(el.getAttribute('href')!).protocol,
            );
        }
      }),
      { numRuns: 400 },
    );
  });

  it('nothing is lost: every letter and digit shows, in order, in the text or a link address', () => {
    fc.assert(
      fc.property(richish, (src) => {
        const ol = show(src).querySelectorAll('ol');
        const starts = [...ol].map((o) => o.getAttribute('start') ?? '');
        expect(alnum(readable(container))).toBe(alnum(withoutListMarkers(src)));
        expect(starts.every((s) => /^\d*$/.test(s))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('the parse is the same for the same text (no hidden state between calls)', () => {
    fc.assert(
      fc.property(richish, (src) => {
        expect(parseRichText(src)).toEqual(parseRichText(src));
      }),
    );
  });
});

// --- hostile text -----------------------------------------------------------------------------

declare global {
  // Set by a payload if it ever runs.
  var __qdXss: boolean | undefined;
}

const PAYLOADS: Array<{ name: string; src: string; text?: string }> = [
  { name: 'script tag', src: '<script>window.__qdXss = true</script>' },
  { name: 'img onerror', src: '<img src=x onerror="window.__qdXss = true">' },
  { name: 'svg onload', src: '<svg onload="window.__qdXss = true"></svg>' },
  {
    name: 'iframe srcdoc',
    src: '<iframe srcdoc="<script>parent.__qdXss = true</script>"></iframe>',
  },
  { name: 'style and comment', src: '<style>*{display:none}</style><!-- x -->' },
  {
    name: 'javascript: link',
    src: '[gagner](javascript:window.__qdXss=true)',
    text: 'gagner (javascript:window.__qdXss=true)',
  },
  {
    name: 'JavaScript: link, mixed case',
    src: '[x](JaVaScRiPt:window.__qdXss=true)',
    text: 'x (JaVaScRiPt:window.__qdXss=true)',
  },
  {
    name: 'entity-encoded scheme',
    src: '[x](&#106;avascript:window.__qdXss=true)',
    text: 'x (&#106;avascript:window.__qdXss=true)',
  },
  {
    name: 'data: link',
    src: '[x](data:text/html,<script>window.__qdXss=true</script>)',
    text: 'x (data:text/html,<script>window.__qdXss=true</script>)',
  },
  {
    name: 'attribute break-out',
    src: '[x](https://douai.fr" onmouseover="window.__qdXss=true)',
    text: 'x (https://douai.fr" onmouseover="window.__qdXss=true)',
  },
  { name: 'raw anchor', src: '<a href="javascript:window.__qdXss=true">clic</a>' },
  { name: 'template literal', src: '${window.__qdXss = true}' },
  { name: 'mustache', src: "{{constructor.constructor('window.__qdXss = true')()}}" },
  { name: 'lit marker lookalike', src: '<?lit$1234$><!--?lit$1234$-->' },
  {
    name: 'HTML entities stay as written',
    src: '&lt;script&gt;window.__qdXss = true&lt;/script&gt; &amp; &#60;b&#62;',
  },
  {
    name: 'right-to-left override',
    src: '\u202egnp.exe [photo](https://douai.fr/\u202eexe.png)',
    text: `\u202egnp.exe photo ${NEW_TAB}`,
  },
  {
    name: 'zero-width in the scheme',
    src: '[x](java\u200bscript:window.__qdXss=true)',
    text: 'x (java\u200bscript:window.__qdXss=true)',
  },
  {
    name: 'markdown image',
    src: '![x](javascript:window.__qdXss=true)',
    text: '!x (javascript:window.__qdXss=true)',
  },
];

const onlyAllowedElements = (root: Element | ShadowRoot) =>
  [...root.querySelectorAll('*')].filter(
    (el) =>
      !ALLOWED.has(el.tagName) || (el.tagName === 'SPAN' && el.className !== 'qd-visually-hidden'),
  );

describe('rich text › hostile text is shown as text, never run', () => {
  beforeEach(() => {
    globalThis.__qdXss = undefined;
  });

  it.each(PAYLOADS)('$name', async ({ src, text }) => {
    show(src);
    await flushPromises(); // let an <img> error or an onload fire, if one was ever created
    await new Promise((r) => requestAnimationFrame(r));
    expect(globalThis.__qdXss).toBeUndefined();
    expect(onlyAllowedElements(container)).toEqual([]);
    expect(container.textContent).toBe(text ?? src);
    for (const a of container.querySelectorAll('a'))
      expect(new URL(a.href).protocol).toBe('https:');
  });

  it('the whole corpus inside a real element: no script runs, no extra element, the text is readable', async () => {
    const el = await mount(
      'qd-demo',
      (e) => (e.content = { ...demoContent, paragraphs: PAYLOADS.map((p) => p.src) }),
    );
    await flushPromises();
    expect(globalThis.__qdXss).toBeUndefined();
    const article = shadow(el).querySelector('article')!;
    const unexpected = [...article.querySelectorAll('*')].filter(
      (n) => !ALLOWED.has(n.tagName) && n.tagName !== 'H2',
    );
    expect(unexpected).toEqual([]);
    await expect
      .element(within(el).getByText('<script>window.__qdXss = true</script>'))
      .toBeVisible();
    await expect
      .element(within(el).getByText('<img src=x onerror="window.__qdXss = true">'))
      .toBeVisible();
  });
});

// --- long texts: parsing takes time in proportion to the length -------------------------------

/**
 * The straightforward parser the kit shipped first (every `[` rescanned the rest of the line for
 * `](`, every address for its `)`): the reference the linear parser must give the same result as.
 */
function referenceInline(src: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  const push = (text: string) => {
    if (text === '') return;
    const last = out[out.length - 1];
    if (last?.kind === 'text') last.text += text;
    else out.push({ kind: 'text', text });
  };
  const findClose = (delim: string, from: number) => {
    for (let i = from; i < src.length; i++) {
      if (src[i] === '\\') {
        i++;
        continue;
      }
      if (src.startsWith(delim, i)) return i;
    }
    return -1;
  };
  const closingParen = (from: number) => {
    for (let i = from, d = 0; i < src.length; i++) {
      if (src[i] === '(') d++;
      else if (src[i] === ')') {
        if (d === 0) return i;
        d--;
      }
    }
    return -1;
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length && '\\*_[]()'.includes(src[i + 1]!)) {
      push(src[i + 1]!);
      i += 2;
      continue;
    }
    if (depth < 4 && src.startsWith('**', i)) {
      const end = findClose('**', i + 2);
      if (end > i + 2) {
        out.push({ kind: 'strong', children: referenceInline(src.slice(i + 2, end), depth + 1) });
        i = end + 2;
        continue;
      }
    }
    if (
      depth < 4 &&
      (c === '*' || c === '_') &&
      src[i + 1] !== c &&
      src[i + 1] !== ' ' &&
      src[i + 1] !== undefined
    ) {
      const end = findClose(c, i + 1);
      if (end > i + 1 && src[end - 1] !== ' ') {
        out.push({ kind: 'em', children: referenceInline(src.slice(i + 1, end), depth + 1) });
        i = end + 1;
        continue;
      }
    }
    if (c === '[' && depth < 4) {
      const close = findClose('](', i + 1);
      const end = close === -1 ? -1 : closingParen(close + 2);
      if (close !== -1 && end !== -1) {
        const label = src.slice(i + 1, close);
        const href = src.slice(close + 2, end).trim();
        if (isSafeLink(href) && label.trim() !== '')
          out.push({ kind: 'link', href, children: referenceInline(label, depth + 1) });
        else push(label.trim() === '' ? href : `${label} (${href})`);
        i = end + 1;
        continue;
      }
    }
    push(c);
    i++;
  }
  return out;
}

/** Runs of markers, long enough to show any rescanning (fast-check). */
const runs = (maxRun: number) =>
  fc
    .array(
      fc.tuple(
        fc.constantFrom(
          '[',
          ']',
          '](',
          '(',
          ')',
          '*',
          '**',
          '_',
          '\\',
          ' ',
          'a',
          '[a](',
          '[](',
          'https://douai.fr',
        ),
        fc.integer({ min: 1, max: maxRun }),
      ),
      { minLength: 1, maxLength: 12 },
    )
    .map((parts) => parts.map(([s, n]) => s.repeat(n)).join(''));

/** The fastest of a few runs of `fn`, in ms (the first may pay for warming up or a GC). */
function fastest(fn: () => unknown, times = 3, enough = 0): number {
  let best = Infinity;
  for (let k = 0; k < times && best > enough; k++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/**
 * Parsing `src` takes at most 20 times as long as parsing plain text of the same length, in the
 * same run (a ratio, not milliseconds: machines differ). The rescanning parser took ~26 s for
 * 80,000 `[` against 0.2 s for plain text, a ratio of more than 100.
 */
function expectLinear(src: string): void {
  const plain = fastest(() => parseRichText('a'.repeat(src.length)), 3);
  // At least 2 ms of allowance: a timer's granularity is not a parser's slowness.
  const bound = 20 * Math.max(plain, 0.1) + 2;
  // Up to 7 tries, stopping at the first under the bound: on a busy machine (CI runs two
  // packages' tests at once) one slow run is noise; a parser that rescans is slow every time.
  const hostile = fastest(() => parseRichText(src), 7, bound);
  expect(
    hostile,
    `${JSON.stringify(src.slice(0, 20))}… (${src.length} characters): ${hostile.toFixed(1)} ms, plain text ${plain.toFixed(1)} ms`,
  ).toBeLessThan(bound);
}

describe('rich text › long texts are parsed in time proportional to their length', () => {
  it.each([
    ['80,000 « [ »', '['.repeat(80_000)],
    ['100,000 « [ »', '['.repeat(100_000)],
    ['« ]( » 50,000 times', ']('.repeat(50_000)],
    ['« [](» 33,000 times', '[]('.repeat(33_000)],
    ['« [a]( » then 100,000 « ( »', `[a](${'('.repeat(100_000)}`],
    ['« [ » then « ]( » 25,000 times each', '['.repeat(50_000) + ']('.repeat(25_000)],
    ['100,000 « * »', '*'.repeat(100_000)],
    ['« ** » then 100,000 « * »', `**a ${'* '.repeat(50_000)}`],
    ['100,000 « ] »', ']'.repeat(100_000)],
    ['« *a _b [c]( » 12,500 times', '*a _b [c]('.repeat(12_500)],
    ['« \\[ » and « [ » 25,000 times', '\\[['.repeat(33_000)],
    ['nested links, bold and italics', '[**_['.repeat(20_000) + ']('.repeat(10_000)],
  ])('%s', (_name, src) => expectLinear(src), 120_000);

  it('long runs of [, ], ](, (, ), *, **, _ and \\ (fast-check, ~100,000 characters)', () => {
    fc.assert(
      fc.property(runs(20_000), (src) => expectLinear(src)),
      { numRuns: 15, seed: 20261207 },
    );
  }, 300_000);

  it('the same result as the straightforward parser, whatever the text (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof(richish, runs(40)), (src) => {
        for (const line of src.split('\n'))
          expect(parseInline(line)).toEqual(referenceInline(line));
      }),
      { numRuns: 2000 },
    );
  });
});
