import type { LitElement } from 'lit';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReadAloudController } from './read-aloud-controller.js';
import { demoContent } from '../test/test-element.js';
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

beforeEach(() => setPageLang('fr'));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const fakeHost = () =>
  ({ addController() {}, requestUpdate: vi.fn() }) as unknown as LitElement & {
    requestUpdate: ReturnType<typeof vi.fn>;
  };

describe('ReadAloudController', () => {
  beforeEach(() => stubSpeech(fakeSynth()));

  it('speaks in the given language, a bit slower, with a voice of that language when the device has one', () => {
    const synth = fakeSynth([
      { lang: 'en-GB', name: 'Daniel' },
      { lang: 'ar_SA', name: 'Maged' },
    ]);
    const speech = new ReadAloudController(fakeHost(), { synth });
    speech.speak('q1', 'مرحبا', 'ar');
    const [u] = synth.spoken;
    expect(u!.text).toBe('مرحبا');
    expect(u!.lang).toBe('ar');
    expect(u!.voice?.name).toBe('Maged');
    expect(u!.rate).toBeCloseTo(0.9);
    expect(speech.speakingKey).toBe('q1');
  });

  it('without a voice of that language, the device default is used', () => {
    const synth = fakeSynth([{ lang: 'en-US', name: 'Samantha' }]);
    new ReadAloudController(fakeHost(), { synth }).speak('t', 'Bonjour', 'fr');
    expect(synth.spoken[0]!.voice).toBeNull();
  });

  it('one text at a time: speaking cancels the previous one; toggle stops the one being read', () => {
    const synth = fakeSynth();
    const speech = new ReadAloudController(fakeHost(), { synth });
    speech.toggle('a', 'Un', 'fr');
    speech.toggle('b', 'Deux', 'fr');
    expect(synth.cancels).toBe(2);
    expect(speech.speakingKey).toBe('b');
    speech.toggle('b', 'Deux', 'fr');
    expect(speech.speakingKey).toBeUndefined();
    expect(synth.cancels).toBe(3);
  });

  it('the end of an earlier text does not clear the current one', () => {
    const synth = fakeSynth();
    const speech = new ReadAloudController(fakeHost(), { synth });
    speech.speak('a', 'Un', 'fr');
    const first = synth.spoken[0]!;
    speech.speak('b', 'Deux', 'fr');
    first.onend?.call(first, new Event('end') as SpeechSynthesisEvent);
    expect(speech.speakingKey).toBe('b');
    synth.finish();
    expect(speech.speakingKey).toBeUndefined();
  });

  it('synth: null means unsupported, and nothing happens', () => {
    const speech = new ReadAloudController(fakeHost(), { synth: null });
    expect(speech.supported).toBe(false);
    speech.speak('a', 'Un', 'fr');
    expect(speech.speakingKey).toBeUndefined();
  });
});

describe('read-aloud in an element', () => {
  let synth: FakeSynth;
  beforeEach(() => {
    synth = fakeSynth();
    stubSpeech(synth);
  });

  const listenButton = (el: Element) => within(el).getByRole('button', { name: 'Écouter' });
  const stopButton = (el: Element) =>
    within(el).getByRole('button', { name: 'Arrêter la lecture' });

  it('shows an "Écouter" button when read-aloud is on and the device can speak', async () => {
    const el = await mount('qd-demo', (e) => {
      e.setAttribute('read-aloud', '');
      e.content = demoContent;
    });
    await expect.element(listenButton(el)).toBeVisible();
    await expect.element(listenButton(el)).toHaveAttribute('aria-pressed', 'false');
  });

  it('no button when read-aloud is off (the default here) or "false"', async () => {
    const absent = await mount('qd-demo', (e) => (e.content = demoContent));
    const off = await mount('qd-demo', (e) => {
      e.setAttribute('read-aloud', 'false');
      e.content = demoContent;
    });
    expect(within(absent).getByRole('button').query()).toBeNull();
    expect(within(off).getByRole('button').query()).toBeNull();
  });

  it('speaks the text in the content’s language; the button says it is pressed, then stops', async () => {
    const el = await mount('qd-demo', (e) => {
      e.readAloud = true;
      e.content = { ...demoContent, lang: 'ar', title: 'مرحبا بكم في المركز الاجتماعي' };
    });
    await listenButton(el).click();
    expect(synth.spoken).toHaveLength(1);
    expect(synth.spoken[0]!.text).toBe('مرحبا بكم في المركز الاجتماعي');
    expect(synth.spoken[0]!.lang).toBe('ar');
    await expect.element(stopButton(el)).toHaveAttribute('aria-pressed', 'true');

    await stopButton(el).click();
    await expect.element(listenButton(el)).toHaveAttribute('aria-pressed', 'false');
    expect(synth.cancels).toBeGreaterThanOrEqual(2);
  });

  it('when the reading ends by itself, the button comes back to "Écouter"', async () => {
    const el = await mount('qd-demo', (e) => {
      e.readAloud = true;
      e.content = demoContent;
    });
    await listenButton(el).click();
    synth.finish();
    await expect.element(listenButton(el)).toHaveAttribute('aria-pressed', 'false');
  });

  it('speaks the words, not the rich-text markup (the element passes plain text)', async () => {
    const el = await mount('qd-demo', (e) => {
      e.readAloud = true;
      e.content = {
        ...demoContent,
        title: 'Venez avec **votre carte** ([plan](https://douai.fr/plan))',
      };
    });
    await listenButton(el).click();
    expect(synth.spoken[0]!.text).toBe('Venez avec votre carte (plan)');
  });

  it('with easy-read on, speaks the easy text that is shown (the element picks it)', async () => {
    const el = await mount('qd-demo', (e) => {
      e.readAloud = true;
      e.easy = true;
      e.content = demoContent;
    });
    await listenButton(el).click();
    expect(synth.spoken[0]!.text).toBe(demoContent.easy);
  });

  it('stops reading when the element is removed', async () => {
    const el = await mount('qd-demo', (e) => {
      e.readAloud = true;
      e.content = demoContent;
    });
    await listenButton(el).click();
    const before = synth.cancels;
    el.remove();
    expect(synth.cancels).toBe(before + 1);
  });

  it('stops reading when new content arrives', async () => {
    const el = await mount('qd-demo', (e) => {
      e.readAloud = true;
      e.content = demoContent;
    });
    await listenButton(el).click();
    el.content = { ...demoContent, title: 'Autre titre' };
    await settle(el);
    await expect.element(listenButton(el)).toHaveAttribute('aria-pressed', 'false');
  });
});

describe('read-aloud where the device cannot speak', () => {
  it('renders no button at all (no dead button)', async () => {
    stubSpeech(null);
    const el = await mount('qd-demo', (e) => {
      e.readAloud = true;
      e.content = demoContent;
    });
    await expect
      .element(within(el).getByRole('heading', { name: demoContent.title }))
      .toBeVisible();
    expect(within(el).getByRole('button').query()).toBeNull();
  });
});
