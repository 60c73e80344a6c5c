/**
 * A poll on a real WordPress page: three residents vote (one of them offline: the ballot waits on
 * the device, then goes when the connection returns), the same ballot replayed counts once, the
 * team's results screen says 3, the CSV has 3 rows with the formula neutralised, and « Effacer
 * les réponses » empties it after a confirmation. A page with the results block shows the site's
 * live count once this device voted (the poll's `results: after-vote`), without the free texts
 * until the team makes them public. Pages built as a centre does: the plugin's own blocks.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  ballotCount,
  createContent,
  createPage,
  launch,
  login,
  resultsUrl,
  screenshotDir,
  until,
  wpState,
  type WpState,
} from './wordpress.js';
import { pollContent } from './contents.js';

const FORMULA = '=HYPERLINK("http://x.test","y")';

/** A resident answers (a short poll: its questions on one screen): the day, maybe an idea, then sends. */
async function answer(
  page: Page,
  day: string,
  idea?: string,
  beforeSend?: () => Promise<void>,
): Promise<void> {
  await page.getByRole('button', { name: 'Répondre au sondage' }).click();
  await page.getByRole('radio', { name: day }).check();
  if (idea) await page.getByRole('textbox').fill(idea);
  await page.getByRole('button', { name: 'Vérifier mes réponses' }).click();
  const send = page.getByRole('button', { name: 'Envoyer mes réponses' });
  await send.waitFor();
  await beforeSend?.();
  await send.click();
}

describe('a poll on a WordPress page', () => {
  let wp: WpState;
  let browser: Browser;
  let id: number;
  let pageUrl: string;
  let resultsPage: string;
  /** The third resident's browser: it remembers she voted (`storage: local`), so it sees results. */
  let voter: BrowserContext;

  beforeAll(async () => {
    wp = wpState();
    id = createContent(wp, 'poll', 'Fête de quartier', pollContent(`fete-e2e-${Date.now()}`));
    pageUrl = createPage(wp, 'Sondage de la fête', 'qd-poll', id, {
      settings: { storage: 'local' },
    });
    resultsPage = createPage(wp, 'Résultats de la fête', 'qd-poll-results', id);
    browser = await launch();
  });

  afterAll(async () => {
    await voter?.close();
    await browser?.close();
  });

  /** The results block's text as a resident sees it (its shadow root's text); axe finds nothing. */
  const shownResults = async (context: BrowserContext, want: RegExp): Promise<string> => {
    const page = await context.newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    await page.goto(resultsPage);
    const results = page.locator('qd-poll-results');
    await expect
      .poll(() => results.evaluate((e) => e.shadowRoot?.textContent ?? ''), { timeout: 20_000 })
      .toMatch(want);
    const text = await results.evaluate((e) => e.shadowRoot?.textContent ?? '');
    expect(await axeViolations(page)).toEqual([]);
    expect([...hosts]).toEqual([new URL(wp.url).host]);
    await page.close();
    return text.replace(/\s+/g, ' ');
  };

  it('three residents vote, one offline; a replayed ballot counts once', async () => {
    for (const [day, idea] of [
      ['Samedi', FORMULA],
      ['Dimanche', 'Un barbecue'],
    ] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(pageUrl);
      if (day === 'Samedi') {
        await page.getByRole('button', { name: 'Répondre au sondage' }).waitFor();
        expect(await axeViolations(page)).toEqual([]); // the poll's page, on the site's theme
      }
      await answer(page, day, idea);
      await expect
        .poll(() => page.getByText('Vos réponses ont bien été envoyées.').count())
        .toBe(1);
      await context.close();
    }
    expect(ballotCount(wp, id)).toBe(2);

    // The third resident loses the connection just before she sends.
    const context = await browser.newContext();
    const page = await context.newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).host));
    const sent: Array<{ key: string; body: string }> = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/ballots'))
        sent.push({ key: r.headers()['idempotency-key'] ?? '', body: r.postData() ?? '' });
    });
    await page.goto(pageUrl);
    await answer(page, 'Samedi', undefined, () => context.setOffline(true));
    await expect
      .poll(() =>
        page.getByText("Pas de connexion internet pour l'instant", { exact: false }).count(),
      )
      .toBe(1);
    expect(ballotCount(wp, id)).toBe(2);
    await context.setOffline(false);
    expect(await until(() => ballotCount(wp, id), 3)).toBe(3);
    voter = context; // (kept: the results block, below)
    // The page asked nothing of any other site (no CDN, no font, no tracker).
    expect([...hosts]).toEqual([new URL(wp.url).host]);

    // The same ballot again (a queue replaying it): accepted, counted once.
    const last = sent.at(-1)!;
    expect(last.key).toMatch(/^[0-9a-f]{32}$/);
    const replay = await fetch(`${wp.url}/wp-json/quartiers-douai/v1/polls/${id}/ballots`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': last.key },
      body: last.body,
    });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ status: 'deja-recu' });
    expect(ballotCount(wp, id)).toBe(3);
  });

  it('the public results file has the counts but not the free texts', async () => {
    const r = await fetch(`${wp.url}/wp-json/quartiers-douai/v1/polls/${id}/results`);
    const file = (await r.json()) as { ballots: Array<{ answers: Record<string, unknown> }> };
    expect(file.ballots).toHaveLength(3);
    expect(file.ballots.filter((b) => b.answers.jour === 'samedi')).toHaveLength(2);
    expect(JSON.stringify(file)).not.toContain('HYPERLINK');
    expect(JSON.stringify(file)).not.toContain('barbecue');
  });

  it('the results block shows the site’s live count once this device voted, without the free texts', async () => {
    // Someone who has not voted here is told when results show (the poll's `results: after-vote`).
    const stranger = await browser.newContext();
    const hidden = await shownResults(stranger, /après votre participation/);
    expect(hidden).toContain('Les résultats s’affichent après votre participation.');
    expect(hidden).not.toContain('participations');
    await stranger.close();
    // The resident who voted sees the three answers counted by the site.
    const shown = await shownResults(voter, /3 participations/);
    expect(shown).toMatch(/Quel jour préférez-vous pour la fête \?\s*3 réponses/);
    expect(shown).toMatch(/Samedi.*67 %/);
    expect(shown).not.toContain('barbecue');
    expect(shown).not.toContain('HYPERLINK');
  });

  it('the team sees 3 answers, exports a CSV of 3 rows with the formula neutralised, may publish the free texts, imports a tablet once, and erases', async () => {
    const context = await browser.newContext({
      acceptDownloads: true,
      locale: 'fr-FR',
      viewport: { width: 1100, height: 900 },
    });
    const page = await context.newPage();
    await login(page, wp, 'editor');
    await page.goto(resultsUrl(wp, id));
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '3 réponses' }).count())
      .toBe(1);
    const day = page.getByRole('table', { name: 'Réponses par choix' });
    await expect.poll(() => day.getByRole('row', { name: /Samedi 2 67 %/ }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('listitem').filter({ hasText: FORMULA }).count())
      .toBe(1);
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, 'resultats-sondage.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Télécharger en CSV (tableur)' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(4); // the header and 3 ballots
    expect(rows[0]).toBe('Quel jour préférez-vous pour la fête ?;Une idée pour la fête ?');
    expect(rows).toContain(`Samedi;"'=HYPERLINK(""http://x.test"",""y"")"`);

    // The team may publish the free texts with the results.
    await page.getByRole('checkbox', { name: /Réponses libres publiques/ }).check();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Réglage enregistré.').waitFor();
    const published = await fetch(`${wp.url}/wp-json/quartiers-douai/v1/polls/${id}/results`);
    expect(await published.text()).toContain('Un barbecue');
    expect(await shownResults(voter, /Un barbecue/)).toContain(FORMULA); // as text, never run

    // A kiosk tablet's export (« Télécharger les réponses (JSON) »), imported twice: counted once.
    const content = (await (
      await fetch(`${wp.url}/wp-json/quartiers-douai/v1/contents/${id}`)
    ).json()) as { id: string };
    const tablet = join(tmpdir(), `sondage-tablette-${process.pid}.json`);
    writeFileSync(
      tablet,
      JSON.stringify({
        version: 1,
        updated: '2026-12-08',
        poll: content,
        ballots: [
          { answers: { jour: 'dimanche' } },
          { answers: { jour: 'dimanche', idee: 'Des jeux' } },
        ],
      }),
    );
    const wrong = join(tmpdir(), `autre-sondage-${process.pid}.json`);
    writeFileSync(wrong, JSON.stringify({ version: 1, poll: { id: 'autre' }, ballots: [] }));
    await page.getByLabel('Fichier d’export (.json)').setInputFiles(wrong);
    await page.getByRole('button', { name: 'Importer' }).click();
    const refusal = 'Import refusé : ce fichier n’est pas un export des réponses de ce sondage';
    await expect.poll(() => page.getByRole('alert').filter({ hasText: refusal }).count()).toBe(1);
    for (const expected of [
      'Export importé : 2 réponses ajoutées.',
      'Cet export avait déjà été importé',
    ]) {
      await page.getByLabel('Fichier d’export (.json)').setInputFiles(tablet);
      await page.getByRole('button', { name: 'Importer' }).click();
      await page.getByText(expected, { exact: false }).waitFor();
    }
    expect(ballotCount(wp, id)).toBe(5);

    await page.getByRole('link', { name: 'Effacer les réponses' }).click();
    await page.getByRole('heading', { name: 'Effacer les réponses ?' }).waitFor();
    await page.screenshot({ path: join(screenshotDir, 'effacer-reponses.png'), fullPage: true });
    expect(ballotCount(wp, id)).toBe(5); // nothing erased before the confirmation
    await page.getByRole('button', { name: 'Oui, effacer les réponses' }).click();
    await page.getByText('Les réponses ont été effacées.').waitFor();
    expect(ballotCount(wp, id)).toBe(0);
    await context.close();
  });
});
