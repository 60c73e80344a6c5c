/**
 * « Mes progrès » (`history.part.ts`): the person's own results kept on their device only with
 * their agreement — nothing kept without it, kept and compared with it, erased in one click,
 * damaged data set aside — and never on a centre tablet, in advisor mode, or without
 * `storage="local"`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  cleanup,
  mount,
  norm,
  q,
  qa,
  settle,
  text,
  until,
} from '@quartiers-douai/kit-scripts/testing';
import { tinyDiag } from '../fixtures.js';
import { run } from '../test/journey.js';
import { MAX_ATTEMPTS, localDay, progressOf, withAttempt, type Attempt } from './history.js';
import { parseDiag } from '../test/content.js';
import '../define.js';

const KEY = 'qd:autodiag-history:petit-bilan';
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as { data: unknown } | null;
const consent = (el: Element) => q<HTMLInputElement>(el, '#history-consent');
/** The history's table as a person reads it. */
const table = (el: Element) =>
  qa(el, '.qd-history__table tr').map((tr) => [...tr.children].map((c) => norm(c.textContent)));

/** To the results (« Les e-mails »: Je me débrouille, « La sécurité »: Je suis à l'aise). */
async function results(attrs: Record<string, string> = { storage: 'local' }, history = true) {
  const el = await mount('qd-autodiag', tinyDiag, attrs);
  await run(el, [2, 1, 3, 2]);
  await until(() => !!q(el, '[part="results"]') && (!history || !!consent(el)), 'the results');
  await settle(el);
  return el;
}

/** An attempt kept on an earlier day, as the device keeps it (an envelope of the kit). */
function keptBefore(on: string, areas: Record<string, string | null>) {
  localStorage.setItem(
    KEY,
    JSON.stringify({
      kit: 'quartiers-douai',
      type: 'autodiag-history',
      version: 1,
      savedAt: '2026-01-10T10:00:00.000Z',
      data: { attempts: [{ on, areas }] },
    }),
  );
}

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

describe('qd-autodiag · « Mes progrès »: the person agrees, or nothing is kept', () => {
  it('consent off by default: the question is asked, unticked, and nothing is kept', async () => {
    const el = await results();
    expect(text(el, '#history-heading')).toBe('Mes progrès');
    expect(consent(el)!.checked).toBe(false);
    expect(norm(consent(el)!.closest('label')!.textContent)).toBe(
      'Garder mes résultats sur cet appareil, pour voir mes progrès quand je referai ce diagnostic',
    );
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('consent on: this attempt is kept (levels and day only), said, and the next one is compared per area', async () => {
    let el = await results();
    consent(el)!.click();
    await settle(el);
    expect(text(el, '.qd-history [role="status"]')).toBe(
      'Vos résultats sont gardés sur cet appareil.',
    );
    expect(stored()!.data).toEqual({
      attempts: [{ on: localDay(), areas: { courriel: 'moyen', securite: 'fort' } }],
    });
    expect(text(el, '.qd-history')).toContain('Premier résultat gardé.');
    cleanup();
    // Some weeks before, the person was at « Je découvre » in both areas.
    keptBefore('2026-01-10', { courriel: 'debut', securite: 'fort' });
    el = await results();
    expect(consent(el)!.checked).toBe(true);
    expect(table(el)).toEqual([
      ['Domaine', '10 janvier 2026', "aujourd'hui", 'Évolution'],
      ['Les e-mails', 'Je découvre', 'Je me débrouille', 'En progrès'],
      ['La sécurité', 'Je suis à l’aise', 'Je suis à l’aise', 'Même niveau'],
    ]);
    expect(text(el, '.qd-history figcaption')).toContain('Le même tableau en image');
    // printed with the sheet (« Imprimer la fiche »): the comparison, not the question nor the buttons
    expect(q(el, '.qd-history__table')!.closest('.qd-no-print')).toBeNull();
    expect(q(el, '.qd-history__chart')!.closest('.qd-no-print')).toBeNull();
    expect(consent(el)!.closest('.qd-no-print')).not.toBeNull();
    expect(q(el, '.qd-history__chart [aria-hidden="true"]')).not.toBeNull();
    expect((stored()!.data as { attempts: unknown[] }).attempts).toHaveLength(2);
  });

  it('erased in one click: unticking forgets everything kept, and says so', async () => {
    keptBefore('2026-01-10', { courriel: 'debut', securite: 'debut' });
    const el = await results();
    consent(el)!.click();
    await settle(el);
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(text(el, '.qd-history [role="status"]')).toBe(
      'Vos résultats gardés ont été effacés de cet appareil.',
    );
    expect(q(el, '.qd-history__table')).toBeNull();
  });

  it('damaged history: set aside (never used, never lost), said, and the question asked again', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({
        kit: 'quartiers-douai',
        type: 'autodiag-history',
        version: 1,
        data: { attempts: 'abîmé' },
      }),
    );
    const el = await results();
    expect(consent(el)!.checked).toBe(false);
    expect(text(el, '[part="notice"]')).toBe(
      'Des données enregistrées sur cet appareil étaient abîmées : elles sont gardées, mais pas utilisées.',
    );
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(
      Object.keys(localStorage).filter((k) => k.startsWith('qd:quarantine:autodiag-history')),
    ).toHaveLength(1);
  });

  it('never without storage="local", on a centre tablet, or in advisor mode', async () => {
    for (const attrs of [
      {},
      { storage: 'session' },
      { storage: 'local', 'staff-pin': '2468' },
      { storage: 'local', advisor: '' },
    ] as Array<Record<string, string>>) {
      const el = await results(attrs, false);
      expect(q(el, '[part="results"]')).not.toBeNull();
      expect(consent(el)).toBeNull();
      expect(Object.keys(localStorage).filter((k) => k.includes('history'))).toEqual([]);
      cleanup();
    }
  });
});

describe('« Mes progrès » · the attempts kept and compared (no DOM)', () => {
  const at = (on: string, courriel: string | null, securite: string | null): Attempt => ({
    on,
    areas: { courriel, securite },
  });

  it('one attempt per day (the last of the day), in order of days, the last ones only', () => {
    let h = withAttempt(undefined, at('2026-03-02', 'debut', null));
    h = withAttempt(h, at('2026-01-05', 'debut', 'debut'));
    h = withAttempt(h, at('2026-03-02', 'moyen', 'debut'));
    expect(h.attempts.map((a) => [a.on, a.areas.courriel])).toEqual([
      ['2026-01-05', 'debut'],
      ['2026-03-02', 'moyen'],
    ]);
    for (let d = 10; d < 30; d++) h = withAttempt(h, at(`2026-04-${d}`, 'fort', 'fort'));
    expect(h.attempts).toHaveLength(MAX_ATTEMPTS);
    expect(h.attempts.at(-1)!.on).toBe('2026-04-29');
  });

  it('per area: up, same, a little less, or nothing to compare (not evaluated, a level no longer in the content)', () => {
    const c = parseDiag(tinyDiag);
    const h = { attempts: [at('2026-01-05', 'moyen', null), at('2026-03-02', 'debut', 'fort')] };
    expect(progressOf(c, h).map((p) => [p.areaId, p.ranks, p.trend])).toEqual([
      ['courriel', [1, 0], 'down'],
      ['securite', [-1, 2], 'first'],
    ]);
    const gone = {
      attempts: [at('2026-01-05', 'ancien', 'debut'), at('2026-03-02', 'fort', 'debut')],
    };
    expect(progressOf(c, gone).map((p) => p.trend)).toEqual(['first', 'same']);
  });
});
