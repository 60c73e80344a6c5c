import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINK_PROTOCOLS, isSafeAssetUrl, isSafeLink } from './url.js';

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
