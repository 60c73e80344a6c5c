/** « Écouter » in the agenda and the event card: core's ReadAloud, fetched when read-aloud is on. */
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
import '../define.js';
import { clone, tinyAgenda } from '../fixtures.js';

const speech = fakeSpeechEachTest();
afterEach(() => {
  cleanup();
  setPageLang('fr');
});

const listenButtons = speech.buttons;
const spoken = speech.spoken;

describe('qd-agenda · read-aloud', () => {
  it('off by default: no « Écouter » button', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01' });
    expect(listenButtons(el)).toEqual([]);
  });

  it('read-aloud: « Écouter » for the agenda and each activity, in the content’s language', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01', 'read-aloud': '' });
    // The agenda's title and count, then one per activity of March (4).
    expect(listenButtons(el).map((b) => b.textContent?.trim())).toEqual(Array(5).fill('Écouter'));
    listenButtons(el)[0]!.click();
    expect(spoken()).toEqual(['Agenda des centres. 4 activités en mars 2027']);
    listenButtons(el)[2]!.click();
    expect(spoken()[1]).toBe(
      'Atelier CV. mardi 16 mars 2027, 18:00 – 20:00. Centre A. Adultes. Emploi. Gratuit. Sur inscription, 8 places',
    );
    expect(speech.synth.spoken[1]!.lang).toBe('fr');
    await settle(el);
    expect(listenButtons(el)[2]!.getAttribute('aria-pressed')).toBe('true');
    expect(listenButtons(el)[2]!.textContent?.trim()).toBe('Arrêter la lecture');
  });

  it('a cancelled activity says « Annulé »', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01', 'read-aloud': '' });
    listenButtons(el)[3]!.click();
    expect(spoken()[0]).toMatch(
      /^Sortie au musée\. Annulé\. samedi 20 mars 2027, 13:30\. Centre B/,
    );
  });

  it('the details: description (easy-read when on), registration, the centre in words', async () => {
    const a = clone(tinyAgenda);
    a.events[0]!.easy = 'On vous aide pour le CV.';
    const el = await mount('qd-agenda', a, { today: '2027-03-01', 'read-aloud': '' });
    await click(el, /Détails : Atelier CV, mardi 16 mars/);
    const detail = qa<HTMLButtonElement>(el, '[part="detail"] [part="read-aloud"]');
    expect(detail).toHaveLength(1);
    detail[0]!.click();
    expect(spoken()[0]).toBe(
      'On écrit votre CV ensemble. Appelez le 03 53 01 00 01. Où : Centre A, 1 rue A, 59500 Douai. Appeler le 03 53 01 00 01. Accessibilité : Entrée de plain-pied. Venir : Bus ligne 2, arrêt A',
    );
    speech.synth.finish();
    el.easy = true;
    await settle(el);
    qa<HTMLButtonElement>(el, '[part="detail"] [part="read-aloud"]')[0]!.click();
    expect(spoken()[1]).toMatch(/^On vous aide pour le CV\. Appelez/);
  });

  it('keyboard: Tab reaches « Écouter », Enter reads, the focus stays, Enter again stops', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01', 'read-aloud': '' });
    const first = listenButtons(el)[0]!;
    first.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(spoken()).toHaveLength(1);
    expect(focused(el)).toBe(first);
    expect(first.getAttribute('aria-pressed')).toBe('true');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(first.getAttribute('aria-pressed')).toBe('false');
    expect(speech.synth.cancels).toBeGreaterThanOrEqual(2);
  });

  it('English and Arabic: « Listen », « استمع »', async () => {
    setPageLang('en');
    const en = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01', 'read-aloud': '' });
    expect(button(en, 'Listen')).toBeTruthy();
    setPageLang('ar');
    const ar = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01', 'read-aloud': '' });
    expect(button(ar, 'استمع')).toBeTruthy();
  });

  it('turned on later by the page: the buttons come then', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01' });
    el.readAloud = true;
    await settle(el);
    expect(listenButtons(el)).toHaveLength(5);
  });
});

describe('qd-event-card · read-aloud', () => {
  it('« Écouter » for the card and for its details', async () => {
    const el = await mount('qd-event-card', tinyAgenda, {
      event: 'cv',
      today: '2027-03-24',
      'read-aloud': '',
    });
    expect(listenButtons(el)).toHaveLength(2);
    listenButtons(el)[0]!.click();
    expect(spoken()[0]).toMatch(/^Atelier CV\. mardi 6 avril 2027, 18:00 – 20:00\. Centre A/);
    listenButtons(el)[1]!.click();
    expect(spoken()[1]).toMatch(/^On écrit votre CV ensemble\./);
  });
});
