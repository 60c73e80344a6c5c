/**
 * What the festival's elements share: their content and small formatters. Media addresses come
 * from core's `asset()` (a relative path is read next to the JSON file).
 */
import {
  QdContentElement,
  ReadAloudFeature,
  richTextToPlain,
  type ContentSpec,
} from '@quartiers-douai/core';
import { FESTIVAL_CONTENT_VERSION, festivalContentSchema, type FestivalContent } from './schema.js';

export abstract class FestivalElement<K extends string> extends QdContentElement<
  FestivalContent,
  K
> {
  /**
   * « Écouter » (`read-aloud`, off by default): core's ReadAloud, as the other prototypes use it;
   * its code is fetched only once read-aloud is on (ReadAloudFeature, docs/decisions/0024).
   */
  protected readonly speech = new ReadAloudFeature(
    this,
    () => this.showReadAloud,
    () => this.contentLang,
    this.tr,
  );

  /** The words of a content text, its easy-read variant when easy-read is on. */
  protected plain(text: string | undefined, easy?: string): string {
    const t = this.easyRead.pick(text, easy);
    return t ? richTextToPlain(t) : '';
  }

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

/** Sentences to be heard: `a. b. c`, without a second full stop after one already there. */
export const sentences = (parts: Array<string | undefined>): string =>
  parts
    .map((p) => (p ?? '').trim())
    .filter(Boolean)
    .map((p, i, all) => (i === all.length - 1 || /[.!?…]$/.test(p) ? p : `${p}.`))
    .join(' ');
