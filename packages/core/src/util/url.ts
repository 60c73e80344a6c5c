/** Links in content may only go to these schemes (HOUSE-STYLE "Text"). */
export const LINK_PROTOCOLS = ['https:', 'mailto:', 'tel:'] as const;

/** Inline images an asset may be: raster only (an SVG can carry script when opened alone). */
const RASTER = /^data:image\/(png|jpeg|webp|gif);base64,[a-z0-9+/=]+$/i;

/**
 * The one URL rule of the kit (HOUSE-STYLE "One URL rule"): `value` as the browser will read it,
 * by the WHATWG URL parser, against the page (`document.baseURI`; outside a page, pass `base`).
 * The parser drops control characters and spaces around an address and tabs and newlines inside
 * it, so `"\u0001javascript:…"` is read as javascript: and `"\u0001//evil.example/x"` as another
 * site: string tests on the raw value miss them. `own` is true for an address that names no
 * scheme and stays on the page's origin once resolved (`images/a.png`, `/tutos/`). Undefined
 * when it is empty, cannot be read, names no scheme yet leaves the page's origin
 * (`//evil.example/x`), or holds spaces, `<`, `>`, `"`, a backtick or `\` (never in an address an
 * author means: `images\photo.jpg` is a Windows path).
 */
export function readUrl(value: string, base = globalThis.document?.baseURI): Read | undefined {
  const v = value.trim();
  if (!v || /[\s<>"`\\]/.test(v)) return;
  try {
    return { url: new URL(v), own: false };
  } catch {
    try {
      const url = new URL(v, base);
      if (url.origin === new URL(base!).origin) return { url, own: true };
    } catch {
      /* not an address */
    }
  }
}

/** An address as the browser reads it (`readUrl`). */
export interface Read {
  url: URL;
  /** Named no scheme, and stays on the page's origin. */
  own: boolean;
}

/**
 * A content link: https, mailto or tel, nothing else (no javascript:, data:, http:, and never a
 * relative address, which would depend on the embedding page). An apostrophe is a valid URL
 * character, common in French addresses (`…/wiki/L'Isle-d'Abeau`): it is allowed.
 */
export function isSafeLink(value: string, base?: string): boolean {
  const r = readUrl(value, base);
  return !!r && !r.own && (LINK_PROTOCOLS as readonly string[]).includes(r.url.protocol);
}

/**
 * An asset (image, audio, video, caption track, content file) or a page of the site: an address
 * of the page's own origin (a relative path), an https URL, or an inline `data:` address that
 * matches `data` — raster images by default (`data:image/png|jpeg|webp|gif;base64,…`, as made by
 * the tutorial maker), another kind for sounds, `null` for none (a page).
 */
export function isSafeAssetUrl(
  value: string,
  data: RegExp | null = RASTER,
  base?: string,
): boolean {
  const r = readUrl(value, base);
  return !!r && (r.own || r.url.protocol === 'https:' || !!data?.test(r.url.href));
}

/**
 * The address of a file the content points to (an image, a video, a voice): a relative path is
 * read next to the JSON file when the content came by `src` (`images/x.svg` beside `tuto.json`),
 * as a stylesheet reads its `url()`s; otherwise against the page. Absolute and `data:` addresses
 * are returned as they are. In an element: `contentFileUrl(path, this.loader.state, this.src)`.
 * (A function, not a method of the base element: prototypes without media don't carry it.)
 */
export function contentFileUrl(
  path: string,
  content: { status: string; source?: string },
  src: string | undefined,
): string {
  try {
    const base = document.baseURI;
    return new URL(
      path,
      src && content.status === 'ready' && content.source === 'src' ? new URL(src, base) : base,
    ).href;
  } catch {
    return path;
  }
}
