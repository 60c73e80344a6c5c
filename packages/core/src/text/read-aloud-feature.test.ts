import { html } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QdContentElement } from '../element/qd-element.js';
import { defineElement } from '../element/define.js';
import type { ContentSpec } from '../content/content-controller.js';
import { ReadAloudFeature } from './read-aloud-feature.js';
import { demoContent, demoSchema, type DemoContent } from '../test/test-element.js';
import {
  cleanup,
  fakeSynth,
  mount,
  setPageLang,
  settle,
  stubSpeech,
  within,
  type FakeSynth,
} from '@quartiers-douai/kit-scripts/testing';

/** An element whose read-aloud comes on demand (the agenda's and the festival's way). */
class QdLaterDemo extends QdContentElement<DemoContent> {
  readonly speech = new ReadAloudFeature(
    this,
    () => this.showReadAloud,
    () => this.contentLang,
    this.tr,
  );
  protected override get contentSpec(): ContentSpec<DemoContent> {
    return { schema: demoSchema, version: 1, packageName: '@quartiers-douai/core' };
  }
  protected override renderContent(c: DemoContent) {
    return html`<article lang=${c.lang}>
      <h2>${this.inline(c.title, c.easy)}</h2>
      ${this.speech.listen('title', this.easyRead.pick(c.title, c.easy) ?? '')}
    </article>`;
  }
}
defineElement('qd-later-demo', QdLaterDemo);

declare global {
  interface HTMLElementTagNameMap {
    'qd-later-demo': QdLaterDemo;
  }
}

let synth: FakeSynth;
beforeEach(() => {
  setPageLang('fr');
  synth = fakeSynth();
  stubSpeech(synth);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const listen = (el: Element) => within(el).getByRole('button', { name: 'Écouter' });

describe('ReadAloudFeature (read-aloud loaded on demand)', () => {
  it('off (the default): no button, and core’s ReadAloud is not fetched', async () => {
    const el = await mount('qd-later-demo', (e) => (e.content = demoContent));
    expect(within(el).getByRole('button').query()).toBeNull();
    expect(el.speech.speech).toBeUndefined();
  });

  it('read-aloud on: once its code has come (updateComplete waits), « Écouter » reads the text', async () => {
    const el = await mount('qd-later-demo', (e) => {
      e.setAttribute('read-aloud', '');
      e.content = demoContent;
    });
    expect(el.speech.speech).toBeDefined();
    await listen(el).click();
    expect(synth.spoken.map((u) => [u.text, u.lang])).toEqual([[demoContent.title, 'fr']]);
    await expect
      .element(within(el).getByRole('button', { name: 'Arrêter la lecture' }))
      .toHaveAttribute('aria-pressed', 'true');
  });

  it('turned on later by the page: the buttons come; easy-read on: the easy text is read', async () => {
    const el = await mount('qd-later-demo', (e) => (e.content = demoContent));
    el.readAloud = true;
    el.easy = true;
    await settle(el);
    await listen(el).click();
    expect(synth.spoken.at(-1)!.text).toBe('Bonjour !');
    el.readAloud = false;
    await settle(el);
    expect(within(el).getByRole('button').query()).toBeNull();
  });

  it('a device without speech: no dead button', async () => {
    stubSpeech(null);
    vi.stubGlobal('speechSynthesis', undefined);
    const el = await mount('qd-later-demo', (e) => {
      e.readAloud = true;
      e.content = demoContent;
    });
    expect(within(el).getByRole('button').query()).toBeNull();
  });
});
