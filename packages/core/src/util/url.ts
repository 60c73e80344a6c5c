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
