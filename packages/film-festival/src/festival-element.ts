/**
 * What the festival's elements share: their content and small formatters. Media addresses come
 * from core's `asset()` (a relative path is read next to the JSON file).
 */
import { QdContentElement, type ContentSpec } from '@quartiers-douai/core';
import { FESTIVAL_CONTENT_VERSION, festivalContentSchema, type FestivalContent } from './schema.js';

export abstract class FestivalElement<K extends string> extends QdContentElement<
  FestivalContent,
  K
> {
  protected override get contentSpec(): ContentSpec<FestivalContent> {
    return {
      schema: festivalContentSchema,
      version: FESTIVAL_CONTENT_VERSION,
      packageName: '@quartiers-douai/film-festival',
      texts: () => import('./texts.lazy.js'),
    };
  }
}

/** A juror's or the audience's score, rounded for display: 14, 13.5, 12.33. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;
