/**
 * The audience vote of a film festival on a WordPress page: a vote is kept by the site only once
 * the site accepted it; after the festival's last day the site refuses it, with a French message,
 * and the resident is told her vote was not kept. Tablets' counts are imported without double
 * counting. The team's results screen shows the votes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createContent,
  createPage,
  dbNumber,
  launch,
  login,
  repoDir,
  resultsUrl,
  screenshotDir,
  wpState,
  type WpState,
} from './wordpress.js';

const sample = JSON.parse(
  readFileSync(join(repoDir, 'packages/film-festival/content/festival-du-film-court.json'), 'utf8'),
) as { id: string; films: Array<{ id: string; title: string }> };

const festival = (id: string, end: string) => ({
  ...sample,
  id,
  dates: { start: '2020-01-01', end },
});
const votes = (wp: WpState, id: number) =>
  dbNumber(wp, `SELECT COALESCE(SUM(votes), 0) FROM wp_qd_votes WHERE content_id = ${id}`);

describe('the audience vote on a WordPress page', () => {
  let wp: WpState;
  let browser: Browser;
  const film = sample.films[0]!;

  beforeAll(async () => {
    wp = wpState();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('an open vote is kept by the site; a tablet’s count imported twice counts once', async () => {
    const id = createContent(
      wp,
      'film-festival',
      'Festival du film court',
      festival(`festival-ouvert-${Date.now()}`, '2099-12-31'),
    );
    const url = createPage(wp, 'Vote du public', 'qd-audience-vote', id);
    const context = await browser.newContext({
      locale: 'fr-FR',
      viewport: { width: 1100, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('radio', { name: film.title }).check();
    await page.getByRole('button', { name: 'Voter' }).click();
    await page.getByText('Merci pour votre vote !').waitFor();
    expect(votes(wp, id)).toBe(1);

    // A kiosk tablet's « Télécharger le décompte (JSON) ».
    const tablet = join(tmpdir(), `vote-public-${process.pid}.json`);
    const content = JSON.parse(
      await (await fetch(`${wp.url}/wp-json/quartiers-douai/v1/contents/${id}`)).text(),
    ) as { id: string };
    writeFileSync(
      tablet,
      JSON.stringify({
        festival: content.id,
        title: 'Festival',
        total: 5,
        votes: [
          { film: sample.films[1]!.id, title: sample.films[1]!.title, votes: 3 },
          { film: film.id, title: film.title, votes: 2 },
        ],
      }),
    );
    await login(page, wp, 'editor');
    for (const expected of [
      'Export importé : 5 réponses ajoutées.',
      'Cet export avait déjà été importé',
    ]) {
      await page.goto(resultsUrl(wp, id));
      await page.getByLabel('Fichier d’export (.json)').setInputFiles(tablet);
      await page.getByLabel('Tablette (facultatif, par exemple « Accueil »)').fill('Accueil');
      await page.getByRole('button', { name: 'Importer' }).click();
      await page.getByText(expected, { exact: false }).waitFor();
    }
    expect(votes(wp, id)).toBe(6);
    await page.goto(resultsUrl(wp, id));
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: '6 réponses' }).count())
      .toBe(1);
    const table = page.getByRole('table', { name: 'Votes du public par film' });
    expect(await table.getByRole('row').nth(1).textContent()).toContain(film.title);
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: join(screenshotDir, 'resultats-vote.png'), fullPage: true });
    await context.close();
  });

  it('after the festival’s last day the site refuses the vote, in French, and the resident is told', async () => {
    const festivalId = `festival-clos-${Date.now()}`;
    const id = createContent(
      wp,
      'film-festival',
      'Festival clos',
      festival(festivalId, '2020-01-31'),
    );
    // (A classic-editor page: the plugin's shortcode.)
    const url = createPage(wp, 'Vote clos', 'qd-audience-vote', id, { shortcode: true });
    const refused = await fetch(`${wp.url}/wp-json/quartiers-douai/v1/votes/${id}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ festival: festivalId, film: film.id }),
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { message: string }).message).toBe(
      'Le vote est clos depuis le 31 janvier 2020 : votre vote n’a pas été gardé.',
    );

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('radio', { name: film.title }).check();
    await page.getByRole('button', { name: 'Voter' }).click();
    await page
      .getByText('Votre vote n’a pas été gardé : le site ne l’a pas pris.', { exact: false })
      .waitFor();
    expect(await page.getByText('Merci pour votre vote !').count()).toBe(0);
    expect(votes(wp, id)).toBe(0);
    await context.close();
  });
});
