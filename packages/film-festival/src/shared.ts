/** What the festival's elements share: their content, its addresses, and small formatters. */
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

  /**
   * The address of a media file of the content: a relative path is read next to the JSON file
   * when the content came by `src` (media/ beside festival.json), else against the page.
   */
  protected asset(path: string): string {
    let base = document.baseURI;
    try {
      if (this.src && this.loader.state.status === 'ready' && this.loader.state.source === 'src')
        base = new URL(this.src, document.baseURI).href;
      return new URL(path, base).href;
    } catch {
      return path;
    }
  }
}

/** A juror's or the audience's score, rounded for display: 14, 13.5, 12.33. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;
