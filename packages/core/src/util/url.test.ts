import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINK_PROTOCOLS, isSafeAssetUrl, isSafeLink, readUrl } from './url.js';

/** What a browser would do with the address: its scheme, as the URL parser reads it. */
const schemeOf = (value: string, base = 'https://kit.example/page/'): string =>
  new URL(value.trim(), base).protocol;

describe('isSafeLink', () => {
  it('whatever the text, an accepted link opens with https:, mailto: or tel: only', () => {
    const scheme = fc.constantFrom(
      'https:',
      'http:',
      'javascript:',
      'JaVaScRiPt:',
      'data:',
      'mailto:',
      'tel:',
      'vbscript:',
      'file:',
      '',
    );
    const candidate = fc.oneof(
      fc.string(),
      fc.tuple(scheme, fc.string()).map(([s, rest]) => s + rest),
    );
    fc.assert(
      fc.property(candidate, (value) => {
        if (isSafeLink(value)) expect(LINK_PROTOCOLS).toContain(schemeOf(value));
      }),
      { numRuns: 500 },
    );
  });

  it("accepts French addresses with an apostrophe (L'Isle-d'Abeau)", () => {
    expect(isSafeLink("https://fr.wikipedia.org/wiki/L'Isle-d'Abeau")).toBe(true);
    expect(isSafeLink('https://douai.fr/a"onclick=x')).toBe(false);
  });

  it('never accepts an address without a scheme (it would be relative to the embedding page)', () => {
    fc.assert(
      fc.property(fc.webPath(), (path) => {
        expect(isSafeLink(path)).toBe(false);
      }),
    );
  });

  it('accepts every https web address', () => {
    fc.assert(
      fc.property(
        fc.webUrl({ validSchemes: ['https'], withQueryParameters: true, withFragments: true }),
        (url) => {
          expect(isSafeLink(url)).toBe(true);
        },
      ),
    );
  });
});

describe('isSafeAssetUrl', () => {
  it('whatever the text, an accepted asset resolves to https (relative to an https page) or an inline raster image', () => {
    const candidate = fc.oneof(
      fc.string(),
      fc.webPath(),
      fc
        .tuple(
          fc.constantFrom(
            'http://',
            'https://',
            '//',
            'javascript:',
            'data:image/png;base64,',
            'data:text/html,',
          ),
          fc.string(),
        )
        .map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(candidate, (value) => {
        if (!isSafeAssetUrl(value)) return;
        const scheme = schemeOf(value);
        expect(
          scheme === 'https:' ||
            (scheme === 'data:' && /^data:image\/(png|jpeg|webp|gif);base64,/i.test(value.trim())),
        ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('a protocol-relative address (//host/…) is refused: it could load from any site', () => {
    expect(isSafeAssetUrl('//cdn.example/a.png')).toBe(false);
    expect(isSafeAssetUrl('  //cdn.example/a.png')).toBe(false);
    expect(isSafeAssetUrl('images/a.png')).toBe(true);
  });
});

/**
 * How the browser itself reads an address written in an attribute: an `<a>` made with
 * createElement, its `href` set to the raw value (never HTML text).
 */
function asBrowserReads(value: string): { protocol: string; origin: string; href: string } {
  const a = document.createElement('a');
  a.setAttribute('href', value);
  return { protocol: a.protocol, origin: a.origin, href: a.href };
}

/** Script addresses hidden from a string test: the browser strips or ignores what hides them. */
const SCRIPT_VARIANTS = [
  '\u0001javascript:alert(document.domain)',
  '\u001fjavascript:alert(document.domain)',
  '\u0000javascript:alert(1)',
  ' javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  '\u0001 \u0002javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  'java\rscript:alert(1)',
  '\u0001vbscript:msgbox(1)',
  '\u0001data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'javascript:alert(1)\u0001',
];

/** Addresses of another site over plain http, hidden the same way. */
const OTHER_HOST_VARIANTS = [
  '\u0001//evil.example/x',
  '\u001f//evil.example/x.png',
  ' \u0001//evil.example/x',
  '\t//evil.example/x',
  '//evil.example/x',
  '/\\evil.example/x',
  '\\\\evil.example/x',
  '\u0001/\\evil.example/x',
  '/\t/evil.example/x',
  'http://evil.example/x.png',
  '\u0001http://evil.example/x.png',
  'HTTP://evil.example/x.png',
];

describe('one URL rule: read as the browser reads it (control characters, spaces, case)', () => {
  it('the control-character, whitespace and mixed-case variants are script addresses for the browser', () => {
    // The premise of the rule: each variant really is javascript:/vbscript:/data: once read.
    for (const v of SCRIPT_VARIANTS)
      expect(['javascript:', 'vbscript:', 'data:'], JSON.stringify(v)).toContain(
        asBrowserReads(v).protocol,
      );
    for (const v of OTHER_HOST_VARIANTS)
      expect(asBrowserReads(v).origin, JSON.stringify(v)).not.toBe(location.origin);
  });

  it('no script address is a link nor an asset, whatever hides its scheme', () => {
    for (const v of SCRIPT_VARIANTS) {
      expect(isSafeLink(v), JSON.stringify(v)).toBe(false);
      expect(isSafeAssetUrl(v), JSON.stringify(v)).toBe(false);
      expect(isSafeAssetUrl(v, null), JSON.stringify(v)).toBe(false);
    }
  });

  it('an asset never loads from another site over http, nor from a protocol-relative address', () => {
    for (const v of OTHER_HOST_VARIANTS) {
      expect(isSafeAssetUrl(v), JSON.stringify(v)).toBe(false);
      expect(isSafeLink(v), JSON.stringify(v)).toBe(false);
    }
    // Refused on an https page too (the same file must be valid everywhere).
    expect(isSafeAssetUrl('//cdn.example/a.png', undefined, 'https://kit.example/p/')).toBe(false);
    expect(isSafeAssetUrl('\u0001//cdn.example/a.png', undefined, 'https://kit.example/')).toBe(
      false,
    );
  });

  it('relative paths stay allowed (same origin once resolved), https from any site too', () => {
    for (const v of [
      'images/a.png',
      './a.png',
      '../media/film.webm',
      '/tutos/scanner/',
      'a.png?v=2',
    ])
      expect(isSafeAssetUrl(v), v).toBe(true);
    expect(isSafeAssetUrl("images/l'été.png")).toBe(true);
    expect(isSafeAssetUrl('https://cdn.example/a.png')).toBe(true);
    expect(isSafeAssetUrl(' https://cdn.example/a.png ')).toBe(true);
    expect(isSafeAssetUrl('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    // Only the inline kinds asked for: none for a page, raster images by default.
    expect(isSafeAssetUrl('data:image/png;base64,iVBORw0KGgo=', null)).toBe(false);
    expect(isSafeAssetUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
    expect(isSafeAssetUrl('/tutos/', null)).toBe(true);
  });

  it('outside a page, the base is given: relative to it, same rule', () => {
    const base = 'https://kit.example/tutos/';
    expect(readUrl('images/a.png', base)).toMatchObject({ own: true });
    expect(readUrl('images/a.png', base)?.url.href).toBe('https://kit.example/tutos/images/a.png');
    expect(readUrl('\u0001//evil.example/x', base)).toBeUndefined();
    expect(readUrl('\u0001javascript:alert(1)', base)).toMatchObject({ own: false });
    expect(readUrl('\u0001javascript:alert(1)', base)?.url.protocol).toBe('javascript:');
    expect(isSafeAssetUrl('images/a.png', undefined, base)).toBe(true);
    expect(isSafeAssetUrl('//kit.example/a.png', undefined, base)).toBe(true);
    expect(isSafeAssetUrl('http://kit.example/a.png', undefined, base)).toBe(false);
  });

  it('whatever hides it, an accepted link opens https, mailto or tel, and an accepted asset loads from https, this site or an inline raster image, as the browser reads it', () => {
    const hide = fc.constantFrom(
      '',
      ' ',
      '\t',
      '\n',
      '\u0000',
      '\u0001',
      '\u001f',
      ' \u0001',
      '\u0001 ',
    );
    const scheme = fc.constantFrom(
      'javascript:',
      'JaVaScRiPt:',
      'java\nscript:',
      'java\tscript:',
      'vbscript:',
      'data:text/html,',
      'data:image/png;base64,',
      'http://',
      'https://',
      '//',
      '/\\',
      '\\\\',
      'mailto:',
      'tel:',
      '',
    );
    const candidate = fc
      .tuple(hide, scheme, fc.oneof(fc.webSegment(), fc.domain(), fc.string()), hide)
      .map(([a, s, rest, z]) => a + s + rest + z);
    fc.assert(
      fc.property(candidate, (value) => {
        const read = asBrowserReads(value);
        if (isSafeLink(value)) expect(LINK_PROTOCOLS).toContain(read.protocol);
        if (isSafeAssetUrl(value))
          expect(
            read.protocol === 'https:' ||
              read.origin === location.origin ||
              /^data:image\/(png|jpeg|webp|gif);base64,/.test(read.href),
            JSON.stringify(value),
          ).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
