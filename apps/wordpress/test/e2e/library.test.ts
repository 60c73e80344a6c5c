/**
 * The content library: a content whose body is not JSON is kept as a draft, and the next admin
 * screen tells its author why, in French; a content sent through the REST API already published,
 * its prototype in the same request, stays published (the guard reads the meta once it is saved).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContent, launch, login, make, wpState, type WpState } from './wordpress.js';

describe('the content library', () => {
  let wp: WpState;
  let browser: Browser;

  beforeAll(async () => {
    wp = wpState();
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps a content that is not JSON as a draft and tells its author why', async () => {
    // (created as the administrator, user 1, as if she had pressed « Publier »)
    const id = createContent(wp, 'quiz', 'Quiz collé à moitié', '{ "version": 1, "questions": [');
    expect(make(wp, ['status', String(id)])).toBe('draft');
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await login(page, wp, 'admin'); // the next admin screen: the dashboard
    const alert = page.getByRole('alert').filter({ hasText: 'Contenu gardé en brouillon' });
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain('le corps n’est pas un fichier JSON lisible');
    await page.goto(`${wp.url}/wp-admin/edit.php?post_type=qd_content`); // said once
    expect(
      await page.getByRole('alert').filter({ hasText: 'Contenu gardé en brouillon' }).count(),
    ).toBe(0);
    await context.close();
  });

  it('publishes a content created through the REST API with its prototype in the same request', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await login(page, wp, 'editor');
    const nonce = await (
      await context.request.get(`${wp.url}/wp-admin/admin-ajax.php?action=rest-nonce`)
    ).text();
    const create = (title: string, prototype: string) =>
      context.request.post(`${wp.url}/wp-json/wp/v2/qd_content`, {
        headers: { 'X-WP-Nonce': nonce },
        data: {
          title,
          content: JSON.stringify({ version: 1, lang: 'fr', id: 'api', title }),
          status: 'publish',
          meta: { qd_prototype: prototype },
        },
      });
    const good = await create('Quiz envoyé par l’API', 'quiz');
    expect(good.status()).toBe(201);
    const post = (await good.json()) as { id: number; status: string };
    expect(post.status).toBe('publish');
    expect(make(wp, ['status', String(post.id)])).toBe('publish');
    // The guard still runs on that path: an unknown prototype keeps it a draft.
    const bad = (await (await create('Prototype inconnu', 'inconnu')).json()) as {
      id: number;
      status: string;
    };
    expect(bad.status).toBe('draft');
    expect(make(wp, ['status', String(bad.id)])).toBe('draft');
    await context.close();
  });
});
