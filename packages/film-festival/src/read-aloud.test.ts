/**
 * « Écouter » in the festival's elements (gallery, jury grid, results, audience vote): core's
 * ReadAloud, fetched when `read-aloud` is on, reading what each shows to residents.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  button,
  cleanup,
  fakeSpeechEachTest,
  click,
  focused,
  mount,
  qa,
  setPageLang,
  settle,
} from '@quartiers-douai/kit-scripts/testing';
import './define.js';
import './define-jury.js';
import './define-audience-vote.js';
import { tinyFestival } from './fixtures.js';

const speech = fakeSpeechEachTest();
afterEach(() => {
  cleanup();
  setPageLang('fr');
});

const listenButtons = speech.buttons;
const spoken = speech.spoken;

describe('qd-film-gallery · read-aloud', () => {
  it('off by default: no « Écouter »', async () => {
    const el = await mount('qd-film-gallery', tinyFestival);
    expect(listenButtons(el)).toEqual([]);
  });

  it('the festival and each film; easy-read on: the easy synopsis is read', async () => {
    const el = await mount('qd-film-gallery', tinyFestival, { 'read-aloud': '' });
    expect(listenButtons(el)).toHaveLength(4);
    listenButtons(el)[0]!.click();
    expect(spoken()[0]).toMatch(/^Le petit festival\. 1re édition · /);
    speech.synth.finish();
    listenButtons(el)[1]!.click();
    expect(spoken()[1]).toBe(
      'Film A. Fiction, 1 min 35 s, Centre Nord. Synopsis A. Réalisé par Nour, Sami',
    );
    speech.synth.finish();
    await click(el, 'Facile à lire');
    listenButtons(el)[1]!.click();
    expect(spoken()[2]).toContain('Facile A.');
  });

  it('the film page has its own « Écouter »; keyboard: Enter reads, the focus stays', async () => {
    const el = await mount('qd-film-gallery', tinyFestival, { 'read-aloud': '' });
    qa<HTMLButtonElement>(el, '#watch-b')[0]!.click();
    await settle(el);
    const b = qa<HTMLButtonElement>(el, '[part="film"] [part="read-aloud"]');
    expect(b).toHaveLength(1);
    b[0]!.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(spoken()[0]).toMatch(
      /^Film B\. Documentaire, .*Synopsis B\. Réalisé par Le groupe ados$/,
    );
    expect(focused(el)).toBe(b[0]);
    expect(b[0]!.getAttribute('aria-pressed')).toBe('true');
  });

  it('English and Arabic: « Listen », « استمع »', async () => {
    setPageLang('en');
    expect(
      button(await mount('qd-film-gallery', tinyFestival, { 'read-aloud': '' }), 'Listen'),
    ).toBeTruthy();
    setPageLang('ar');
    const ar = await mount('qd-film-gallery', tinyFestival, { 'read-aloud': '' });
    expect(listenButtons(ar)[0]!.textContent?.trim()).toBe('استمع');
  });
});

describe('qd-jury-grid · read-aloud', () => {
  it('each film: its title and the criteria with their scale and description', async () => {
    const el = await mount('qd-jury-grid', tinyFestival, { 'read-aloud': '' });
    const b = listenButtons(el);
    expect(b).toHaveLength(1);
    b[0]!.click();
    expect(spoken()[0]).toBe('Film A. Histoire : 0 – 5. Elle est claire. Image : 0 – 5');
  });
});

describe('qd-jury-results · read-aloud', () => {
  it('the ranking, once the jurors’ files are read', async () => {
    const el = await mount('qd-jury-results', tinyFestival, { 'read-aloud': '' });
    expect(listenButtons(el)).toEqual([]);
    const data = {
      kit: 'quartiers-douai',
      type: 'film-jury',
      version: 1,
      data: {
        festival: 'petit-festival',
        juror: 'Juré 1',
        scores: { a: { histoire: 5, image: 4 }, b: { histoire: 2, image: 1 } },
        comments: {},
      },
    };
    await el.addFiles([new File([JSON.stringify(data)], 'j1.json')]);
    await settle(el);
    listenButtons(el)[0]!.click();
    expect(spoken()[0]).toBe(
      'Classement : moyenne des totaux pondérés des jurés. 1 : Film A, 14 / 15. 2 : Film B, 5 / 15. non classé : Film C',
    );
  });
});

describe('qd-audience-vote · read-aloud', () => {
  const vote = (attrs: Record<string, string> = {}) =>
    mount('qd-audience-vote', tinyFestival, { collect: 'event', ...attrs }, (el) =>
      el.addEventListener('qd-vote', (e) => e.preventDefault()),
    );

  it('off by default; on: the question and the films, then the thanks', async () => {
    expect(listenButtons(await vote())).toEqual([]);
    const el = await vote({ 'read-aloud': '' });
    const b = listenButtons(el);
    expect(b).toHaveLength(1);
    b[0]!.click();
    expect(spoken()[0]).toBe(
      'Votez pour votre film préféré. Film A, Fiction, Centre Nord. Film B, Documentaire, Centre Sud. Film C, Fiction, Centre Nord',
    );
    speech.synth.finish();
    qa<HTMLInputElement>(el, 'input[type="radio"]')[1]!.click();
    await settle(el);
    await click(el, 'Voter');
    listenButtons(el)[0]!.click();
    expect(spoken()[1]).toMatch(/^Merci.*Film B/);
  });
});
