/**
 * The editor's side, on the WordPress of `pnpm wp:start` (its state file gives the address and the
 * logins): an Editor (no « unfiltered_html ») imports a quiz file into the library, is stopped from
 * publishing a broken one, inserts the quiz block from the inserter, picks the content, sees the
 * live preview and publishes; a visitor on a 360 px phone answers the quiz to the end; axe finds
 * nothing on the page; the page asks nothing of any other host; the shortcode gives the same
 * element. The screenshots go to docs/img/wordpress/ for the French guide (docs/wordpress.md).
 *
 * Reads the same state file as the harness in ./wordpress.ts (axe comes from there too).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './wordpress.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoDir = resolve(here, '..', '..', '..', '..');
const stateFile = join(
  resolve(process.env.QD_WP_STATE ?? join(repoDir, 'tools', 'wordpress', '.state')),
  'wordpress.json',
);
const shots = join(repoDir, 'docs', 'img', 'wordpress');
const quizFile = join(repoDir, 'packages', 'quiz', 'content', 'reperer-hameconnage.json');

interface WpState {
  url: string;
  logins: Record<'admin' | 'editor', { user: string; password: string }>;
}

let wp: WpState;
let browser: Browser;
let contentId = 0;
let postUrl = '';

async function login(page: Page, who: 'admin' | 'editor'): Promise<void> {
  await page.goto(`${wp.url}/wp-login.php`);
  await page.locator('#user_login').fill(wp.logins[who].user);
  await page.locator('#user_pass').fill(wp.logins[who].password);
  await Promise.all([page.waitForURL(/wp-admin/), page.locator('#wp-submit').click()]);
}

/**
 * Publishes the content open in the classic screen, once « Publier » may be pressed (the kit's
 * check passed; WordPress's autosave of a new post, started when the title is typed, done); its id.
 */
async function publishContent(page: Page): Promise<number> {
  const publish = page.locator('#publish');
  await expect.poll(() => publish.isDisabled(), { timeout: 10_000 }).toBe(false);
  await expect
    .poll(() => publish.getAttribute('class'), { timeout: 10_000 })
    .not.toMatch(/\bdisabled\b/);
  await Promise.all([page.waitForURL(/post\.php\?post=\d+&action=edit/), publish.click()]);
  return Number(new URL(page.url()).searchParams.get('post'));
}

/** A new block-editor post, the welcome guide closed. */
async function newPost(page: Page, type = 'post'): Promise<void> {
  await page.goto(`${wp.url}/wp-admin/post-new.php${type === 'post' ? '' : `?post_type=${type}`}`);
  await page.locator('.edit-post-layout').waitFor({ timeout: 60_000 });
  await page.evaluate(() => {
    const w = window as unknown as {
      wp: {
        data: {
          select(s: string): { isFeatureActive(f: string): boolean };
          dispatch(s: string): { toggleFeature(f: string): void };
        };
      };
    };
    if (w.wp.data.select('core/edit-post').isFeatureActive('welcomeGuide'))
      w.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
}

/** Publishes the post open in the block editor; its address. */
async function publish(page: Page, title: string): Promise<string> {
  await page.locator('.editor-post-title__input').click();
  await page.keyboard.type(title);
  await page.locator('.editor-post-publish-panel__toggle').click();
  await page.locator('.editor-post-publish-panel .editor-post-publish-button').click();
  await page.locator('.post-publish-panel__postpublish').waitFor();
  return page.evaluate(() =>
    (
      window as unknown as { wp: { data: { select(s: string): { getPermalink(): string } } } }
    ).wp.data
      .select('core/editor')
      .getPermalink(),
  );
}

/** The hosts other than the site's that a page asked anything of. */
function otherHosts(page: Page): Set<string> {
  const hosts = new Set<string>();
  const site = new URL(wp.url).host;
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (/^https?:$/.test(url.protocol) && url.host !== site) hosts.add(url.host);
  });
  return hosts;
}

beforeAll(async () => {
  if (!existsSync(stateFile))
    throw new Error(`WordPress ne tourne pas : lancez « pnpm wp:start » (pas de ${stateFile})`);
  wp = JSON.parse(readFileSync(stateFile, 'utf8')) as WpState;
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_BIN ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('an Editor puts a quiz on a page', () => {
  it('imports a .json file into the library; a broken one cannot be published and says why', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login(page, 'editor');
    await page.goto(`${wp.url}/wp-admin/post-new.php?post_type=qd_content`);
    await page.locator('#title').fill('Repérer le hameçonnage');
    await page.getByLabel('Prototype').selectOption('quiz');
    await page.locator('#qd-kit-file').setInputFiles(quizFile);
    await expect
      .poll(() => page.locator('#qd-kit-json').inputValue())
      .toContain('"hameçonnage"'.slice(1, -1));
    await expect
      .poll(() => page.locator('#qd-kit-check').textContent())
      .toContain('Contenu valide');
    await page.screenshot({ path: join(shots, 'contenu-importe.png') });

    // A broken body: the publish button is disabled and says why, with the path.
    const good = await page.locator('#qd-kit-json').inputValue();
    await page
      .locator('#qd-kit-json')
      .fill(good.replace(/"questions": \[/, '"questions": [], "x": ['));
    await expect.poll(() => page.locator('#qd-kit-check').textContent()).toContain('questions');
    await expect(page.locator('#publish').isDisabled()).resolves.toBe(true);
    await expect(page.locator('#qd-kit-publish-why').textContent()).resolves.toMatch(
      /Publication impossible : questions : .+/,
    );
    await page.screenshot({ path: join(shots, 'contenu-invalide.png') });

    // Fixed: published.
    await page.locator('#qd-kit-json').fill(good);
    contentId = await publishContent(page);
    expect(contentId).toBeGreaterThan(0);
    await expect(page.locator('#original_post_status').inputValue()).resolves.toBe('publish');
    await page.close();
  });

  it('inserts the quiz block from the inserter, picks the content, sees the preview, publishes', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login(page, 'editor');
    await newPost(page, 'page');
    await page.locator('.edit-post-header-toolbar__inserter-toggle').click();
    await page.locator('.block-editor-inserter__search input').fill('Quiz');
    await page.locator('.block-editor-block-types-list__item', { hasText: '<qd-quiz>' }).click();
    await page
      .locator('.wp-block[data-type="quartiers-douai/quiz"] select')
      .selectOption(String(contentId));
    // The live preview: the quiz itself, its title and start button.
    const preview = page.locator('.wp-block[data-type="quartiers-douai/quiz"] qd-quiz');
    await expect
      .poll(() => preview.getByRole('button', { name: 'Commencer' }).count(), { timeout: 20_000 })
      .toBe(1);
    await expect(
      preview.getByText('Repérer un message frauduleux').first().isVisible(),
    ).resolves.toBe(true);
    await page.locator('.edit-post-header-toolbar__inserter-toggle').click(); // the inserter closes
    // The block's settings, drawn from the element's manifest, in French.
    await page.evaluate(() =>
      (
        window as unknown as {
          wp: { data: { dispatch(s: string): { openGeneralSidebar(n: string): void } } };
        }
      ).wp.data
        .dispatch('core/edit-post')
        .openGeneralSidebar('edit-post/block'),
    );
    await page.locator('.interface-complementary-area button', { hasText: 'Réglages' }).click();
    const sidebar = page.locator('.interface-complementary-area');
    await sidebar.getByLabel('Facile à lire (FALC)').selectOption('true');
    await expect(sidebar.getByLabel('Langue de l’interface').isVisible()).resolves.toBe(true);
    await expect(sidebar.getByLabel('Garder la progression').isVisible()).resolves.toBe(true);
    await expect.poll(() => preview.getAttribute('easy')).toBe('');
    await page.mouse.move(640, 800);
    await page.screenshot({ path: join(shots, 'bloc-quiz-editeur.png') });
    postUrl = await publish(page, 'Quiz : les arnaques');
    expect(postUrl).toMatch(/^http/);
    await page.close();
  });

  it('a visitor on a 360 px phone answers to the end; axe finds nothing; no other host is asked', async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const hosts = otherHosts(page);
    const kitFiles: string[] = [];
    page.on('request', (r) => r.url().includes('/assets/kit/') && kitFiles.push(r.url()));
    // A page without any block of the kit loads nothing of it.
    await page.goto(`${wp.url}/?page_id=2`); // WordPress’s sample page
    await expect(page.locator('main, body').first().isVisible()).resolves.toBe(true);
    expect(kitFiles).toEqual([]);
    await page.goto(postUrl);
    const quiz = page.locator('qd-quiz');
    await expect(quiz.getAttribute('src')).resolves.toContain(
      `/quartiers-douai/v1/contents/${contentId}`,
    );
    await quiz.getByRole('button', { name: 'Commencer' }).click();
    for (let i = 0; i < 30; i += 1) {
      if (await quiz.getByRole('heading', { name: 'Votre résultat' }).count()) break;
      const text = quiz.getByRole('textbox');
      if (await text.count()) await text.first().fill('hameçonnage');
      else {
        const choice = quiz.locator('input[type=radio], input[type=checkbox]');
        if (await choice.count()) await choice.first().check();
      }
      const next = quiz.getByRole('button', {
        name: /Valider ma réponse|Question suivante|Voir mon résultat/,
      });
      await next.first().click();
    }
    await expect(quiz.getByRole('heading', { name: 'Votre résultat' }).isVisible()).resolves.toBe(
      true,
    );
    await quiz.getByRole('heading', { name: 'Votre résultat' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'quiz-telephone.png') });
    // The quiz's page loaded the runtime from the site: the quiz's entry and the shared files.
    expect(kitFiles.some((u) => u.endsWith('/assets/kit/quiz.js'))).toBe(true);
    expect(kitFiles.every((u) => u.startsWith(wp.url))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect([...hosts]).toEqual([]);
    await page.close();
  });

  it('the shortcode shows the same element, wired the same way, on a page that asks no other host', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login(page, 'editor');
    await newPost(page, 'page');
    await page.evaluate((id) => {
      const w = window as unknown as {
        wp: {
          blocks: { createBlock(n: string, a: object): unknown };
          data: { dispatch(s: string): { insertBlocks(b: unknown): void } };
        };
      };
      w.wp.data.dispatch('core/block-editor').insertBlocks(
        w.wp.blocks.createBlock('core/shortcode', {
          text: `[quartiers-douai tag="qd-quiz" content="${id}" easy="true" onclick="alert(1)"]`,
        }),
      );
    }, contentId);
    const url = await publish(page, 'Quiz par code court');
    const visitor = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const hosts = otherHosts(visitor);
    await visitor.goto(url);
    const quiz = visitor.locator('qd-quiz');
    await expect(quiz.getAttribute('src')).resolves.toContain(`/contents/${contentId}`);
    await expect(quiz.getAttribute('easy')).resolves.toBe('');
    await expect(quiz.getAttribute('onclick')).resolves.toBeNull();
    await expect
      .poll(() => quiz.getByRole('button', { name: 'Commencer' }).count(), { timeout: 20_000 })
      .toBe(1);
    expect(await axeViolations(visitor)).toEqual([]);
    expect([...hosts]).toEqual([]);
    await visitor.close();
    await page.close();
  });
});

describe('the content editor', () => {
  it('« Choisir dans la médiathèque » inserts a media’s address where the cursor is', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login(page, 'editor');
    // An image in the media library (what an author uploads as usual).
    const png = (await page.screenshot({ clip: { x: 0, y: 0, width: 40, height: 30 } })).toString(
      'base64',
    );
    const media = await page.evaluate(async (data) => {
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
      const r = await fetch('/wp-json/wp/v2/media', {
        method: 'POST',
        headers: {
          'Content-Disposition': 'attachment; filename="affiche-atelier.png"',
          'Content-Type': 'image/png',
          'X-WP-Nonce': nonce,
        },
        body: bytes,
      });
      return ((await r.json()) as { source_url: string }).source_url;
    }, png);
    expect(media).toMatch(/affiche-atelier.*\.png$/);
    await page.goto(`${wp.url}/wp-admin/post-new.php?post_type=qd_content`);
    const body = page.locator('#qd-kit-json');
    await body.fill('{ "image": "" }');
    await body.evaluate((t: HTMLTextAreaElement) => t.setSelectionRange(12, 12)); // between the quotes
    await page.getByRole('button', { name: 'Choisir dans la médiathèque' }).click();
    const modal = page.locator('.media-modal');
    await modal.getByRole('tab', { name: /Bibliothèque de médias|Media Library/ }).click();
    await modal.locator('.attachments .attachment').first().click();
    await modal.getByRole('button', { name: 'Insérer son adresse' }).click();
    await expect(body.inputValue()).resolves.toBe(`{ "image": "${media}" }`);
    await page.close();
  });
});

describe('a poll block never lands without a destination', () => {
  it('the library refuses a poll without its privacy text, with the poll’s own sentence', async () => {
    const poll = JSON.parse(
      readFileSync(join(repoDir, 'packages/poll/content/horaires-centre-social.json'), 'utf8'),
    ) as Record<string, unknown>;
    delete poll.privacy;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login(page, 'editor');
    await page.goto(`${wp.url}/wp-admin/post-new.php?post_type=qd_content`);
    await page.locator('#title').fill('Horaires du centre');
    await page.getByLabel('Prototype').selectOption('poll');
    await page.locator('#qd-kit-json').fill(JSON.stringify(poll, null, 2));
    await expect
      .poll(() => page.locator('#qd-kit-publish-why').textContent())
      .toMatch(
        /Publication impossible : privacy : obligatoire quand le sondage envoie les réponses/,
      );
    await expect(page.locator('#publish').isDisabled()).resolves.toBe(true);
    await page.close();
  });

  it('is wired to the site; a poll published without privacy text (through the API) shows the author the poll’s own message in the preview', async () => {
    const poll = JSON.parse(
      readFileSync(join(repoDir, 'packages/poll/content/horaires-centre-social.json'), 'utf8'),
    ) as Record<string, unknown>;
    delete poll.privacy;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await login(page, 'editor');
    await newPost(page, 'page');
    const id = await page.evaluate(
      async (body) => {
        const w = window as unknown as { wp: { apiFetch(o: object): Promise<{ id: number }> } };
        const post = await w.wp.apiFetch({
          path: '/wp/v2/qd_content',
          method: 'POST',
          data: {
            title: 'Horaires (sans confidentialité)',
            content: body,
            status: 'draft',
            meta: { qd_prototype: 'poll' },
          },
        });
        // Published in a second request: the server's guard reads the prototype, saved after the post.
        await w.wp.apiFetch({
          path: `/wp/v2/qd_content/${post.id}`,
          method: 'POST',
          data: { status: 'publish' },
        });
        return post.id;
      },
      JSON.stringify(poll, null, 2),
    );
    await newPost(page, 'page'); // the library as it is now
    await page.locator('.edit-post-header-toolbar__inserter-toggle').click();
    await page.locator('.block-editor-inserter__search input').fill('Sondage');
    await page.locator('.block-editor-block-types-list__item', { hasText: '<qd-poll>' }).click();
    await page
      .locator('.wp-block[data-type="quartiers-douai/poll"] select')
      .selectOption(String(id));
    const preview = page.locator('.wp-block[data-type="quartiers-douai/poll"] qd-poll');
    // The site's ballots route, from the block's wiring, not typed by anyone.
    await expect
      .poll(() => preview.getAttribute('action'))
      .toMatch(new RegExp(`/quartiers-douai/v1/polls/${id}/ballots$`));
    await expect
      .poll(() => preview.evaluate((e) => e.shadowRoot?.textContent ?? ''), { timeout: 20_000 })
      .toMatch(/privacy[\s\S]*obligatoire quand le sondage envoie les réponses/);
    await page.locator('.edit-post-header-toolbar__inserter-toggle').click();
    await page.screenshot({ path: join(shots, 'bloc-sondage-sans-confidentialite.png') });
    const url = await publish(page, 'Sondage des horaires');
    const visitor = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await visitor.goto(url);
    await expect(visitor.locator('qd-poll').getAttribute('action')).resolves.toMatch(
      new RegExp(`/polls/${id}/ballots$`),
    );
    await visitor.close();
    await page.close();
  });
});
