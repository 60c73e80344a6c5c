/** What the tutorial and library schemas share, without zod (the library's bundle needs no tutorial schema). */
import { isSafeAssetUrl } from '@quartiers-douai/core';

/** Highest content `version` this package understands (tutorial and library index). */
export const TUTO_CONTENT_VERSION = 1;

/** How much one needs to know already. */
export const LEVELS = ['debutant', 'intermediaire', 'avance'] as const;
export type Level = (typeof LEVELS)[number];

/**
 * A page of the site: an address of the page's own origin (`/tutos/scanner/`) or https, as the
 * browser reads it (core's one URL rule: `"\u0001javascript:…"` is javascript:, refused), no `data:`.
 */
export const isPageUrl = (s: string): boolean => isSafeAssetUrl(s, null);
