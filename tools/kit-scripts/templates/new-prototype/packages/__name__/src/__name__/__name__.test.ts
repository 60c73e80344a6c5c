/**
 * `<qd-__element__>`, tested the Lion way (defaults · attributes · content · rendering · keyboard ·
 * events · accessibility · i18n), as a person perceives it: buttons by their visible name. What the
 * quality gates already check for every prototype (XSS, fuzzing, privacy, every screen with axe,
 * the keyboard walk, the shipped files) is not repeated here.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  axeViolations,
  button,
  cleanup,
  click,
  deepActiveElement,
  events,
  fakeSynth,
  mount,
  mountHtml,
  q,
  setPageLang,
  stubSpeech,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import type { __Name__CompleteDetail } from './__name__.js';
import { clone, samples, withoutEasy } from '../fixtures.js';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('qd-__element__ · defaults', () => {
  it('shows the first screen: its title, its text, « Continuer », step 1 of 2', async () => {
    const el = await mount('qd-__element__', samples.premiersPas);
    expect(text(el, 'h2')).toBe(samples.premiersPas.title);
    expect(text(el, '[part="start"]')).toContain('quelques phrases');
    expect(text(el, '[part="progress"]')).toBe('Étape 1 sur 2');
    expect(button(el, 'Continuer')).toBeTruthy();
    // Read-aloud is off unless asked for; easy-read too.
    expect(q(el, '.qd-read-aloud')).toBeNull();
    expect(button(el, /Facile à lire/).getAttribute('aria-pressed')).toBe('false');
  });
});

describe('qd-__element__ · attributes', () => {
  it('easy: the easy-to-read texts from the start', async () => {
    const el = await mount('qd-__element__', samples.premiersPas, { easy: '' });
    expect(text(el, '[part="start"]')).toContain("Cet écran présente l'outil");
    await click(el, 'Continuer');
    expect(text(el, '[part="next"]')).toContain('Vous pouvez tout changer');
  });

  it('read-aloud: « Écouter » reads the screen, in the content’s language; « Continuer » stops it', async () => {
    const synth = fakeSynth();
    stubSpeech(synth);
    const el = await mount('qd-__element__', samples.premiersPas, { 'read-aloud': '' });
    await click(el, 'Écouter');
    expect(synth.spoken.map((u) => [u.lang, u.text.startsWith(samples.premiersPas.title)])).toEqual(
      [['fr', true]],
    );
    expect(button(el, 'Arrêter la lecture').getAttribute('aria-pressed')).toBe('true');
    const cancels = synth.cancels;
    await click(el, 'Continuer');
    expect(synth.cancels).toBe(cancels + 1);
    expect(button(el, 'Écouter').getAttribute('aria-pressed')).toBe('false');
    await click(el, 'Écouter');
    expect(synth.spoken[1]?.text).toContain(samples.premiersPas.next.title);
  });
});

describe('qd-__element__ · content', () => {
  it('without easy-to-read variants, no « Facile à lire » button', async () => {
    const el = await mount('qd-__element__', withoutEasy());
    expect(q(el, '[part="easy-toggle"]')).toBeNull();
  });

  it('invalid content: the French panel says where and what to change', async () => {
    const c = clone(samples.premiersPas);
    delete c.next.easy;
    const el = await mount('qd-__element__', c);
    expect(text(el, '[role="alert"]')).toContain('easyIntro');
    expect(text(el, '[role="alert"]')).toContain('next.easy');
  });

  it('inline JSON in a child <script type="application/json">', async () => {
    const el = await mountHtml<HTMLElementTagNameMap['qd-__element__']>(
      `<qd-__element__><script type="application/json">${JSON.stringify(samples.premiersPas)}</script></qd-__element__>`,
    );
    expect(el.contentStatus).toBe('ready');
  });
});

describe('qd-__element__ · rendering', () => {
  it('« Continuer » shows the second screen, « Recommencer » the first again', async () => {
    const el = await mount('qd-__element__', samples.premiersPas);
    await click(el, 'Continuer');
    expect(text(el, 'h2')).toBe(samples.premiersPas.next.title);
    expect(text(el, '[part="progress"]')).toBe('Étape 2 sur 2');
    await click(el, 'Recommencer');
    expect(q(el, '[part="start"]')).not.toBeNull();
  });

  it('« Facile à lire » switches every screen to the easy texts', async () => {
    const el = await mount('qd-__element__', samples.premiersPas);
    await click(el, 'Facile à lire');
    expect(el.easy).toBe(true);
    await click(el, 'Continuer');
    expect(text(el, '[part="next"]')).toContain('Vous pouvez tout changer');
  });
});

describe('qd-__element__ · keyboard', () => {
  it('Tab, Enter: the focus goes to each screen’s title', async () => {
    const el = await mount('qd-__element__', samples.premiersPas);
    button(el, 'Continuer').focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(deepActiveElement()?.id).toBe('next-title');
    await userEvent.keyboard('{Tab}');
    expect(deepActiveElement()).toBe(button(el, 'Recommencer'));
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(deepActiveElement()?.id).toBe('title');
  });
});

describe('qd-__element__ · events', () => {
  it('qd-complete on the last screen, with the content id only', async () => {
    const el = await mount('qd-__element__', samples.premiersPas);
    const complete = events<__Name__CompleteDetail>(document.body, 'qd-complete');
    await click(el, 'Continuer');
    expect(complete).toEqual([{ id: 'premiers-pas' }]);
  });
});

describe('qd-__element__ · accessibility', () => {
  it('no axe violation on either screen', async () => {
    const el = await mount('qd-__element__', samples.premiersPas, { 'read-aloud': '' });
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Continuer');
    expect(await axeViolations(el)).toEqual([]);
  });
});

describe('qd-__element__ · i18n', () => {
  it('English page: English buttons, loaded on demand', async () => {
    setPageLang('en');
    const el = await mount('qd-__element__', samples.premiersPas);
    expect(button(el, 'Continue')).toBeTruthy();
  });

  it('Arabic page: right to left', async () => {
    setPageLang('ar');
    const el = await mount('qd-__element__', samples.premiersPas);
    expect(q(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    expect(text(el, '[part="progress"]')).toBe('الخطوة 1 من 2');
  });
});
