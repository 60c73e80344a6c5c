/** Links in content may only go to these schemes (HOUSE-STYLE "Text"). */
export const LINK_PROTOCOLS = ['https:', 'mailto:', 'tel:'] as const;

const hasScheme = (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s);

/**
 * A content link: https, mailto or tel, nothing else (no javascript:, data:, http:). An apostrophe
 * is a valid URL character, common in French addresses (`…/wiki/L'Isle-d'Abeau`): it is allowed.
 */
export function isSafeLink(value: string): boolean {
  const v = value.trim();
  if (!hasScheme(v) || /[\s<>"`]/.test(v)) return false;
  try {
    const url = new URL(v);
    return (
      (LINK_PROTOCOLS as readonly string[]).includes(url.protocol) &&
      (url.protocol !== 'https:' || url.hostname !== '')
    );
  } catch {
    return false;
  }
}

/**
 * An asset (image, audio, video, caption track, content file): a relative path, an https URL, or
 * an inline raster image (`data:image/png|jpeg|webp|gif;base64,…`, as made by the tutorial maker).
 */
export function isSafeAssetUrl(value: string): boolean {
  const v = value.trim();
  if (v === '' || /[\s<>"'`\\]/.test(v)) return false;
  if (/^data:image\/(png|jpeg|webp|gif);base64,[a-z0-9+/=]+$/i.test(v)) return true;
  if (!hasScheme(v)) return !v.startsWith('//');
  try {
    return new URL(v).protocol === 'https:';
  } catch {
    return false;
  }
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
