/** What the tutorial and library schemas share, without zod (the library's bundle needs no tutorial schema). */
import { isSafeAssetUrl, isSafeLink } from '@quartiers-douai/core';

/** Highest content `version` this package understands (tutorial and library index). */
export const TUTO_CONTENT_VERSION = 1;

/** How much one needs to know already. */
export const LEVELS = ['debutant', 'intermediaire', 'avance'] as const;
export type Level = (typeof LEVELS)[number];

/** A page of the site: a relative address (`/tutos/scanner/`) or https. */
export const isPageUrl = (s: string): boolean =>
  !s.startsWith('data:') && (isSafeLink(s) ? s.startsWith('https:') : isSafeAssetUrl(s));
