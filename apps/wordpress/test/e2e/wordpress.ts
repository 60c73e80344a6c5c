/**
 * The local WordPress of `pnpm wp:start`, as the end-to-end tests use it: its state file (address,
 * logins, database socket), contents and pages created through WordPress's own functions (pages
 * show the plugin's own blocks or shortcode), the database read directly, Chromium.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
export const repoDir = resolve(here, '..', '..', '..', '..');
const stateFile = join(
  resolve(process.env.QD_WP_STATE ?? join(repoDir, 'tools', 'wordpress', '.state')),
  'wordpress.json',
);

export interface WpState {
  url: string;
  contentDir: string;
  socket: string;
  configFile: string;
  logins: Record<'admin' | 'editor', { user: string; password: string }>;
}

export function wpState(): WpState {
  if (!existsSync(stateFile))
    throw new Error(`WordPress ne tourne pas : lancez « pnpm wp:start » (pas de ${stateFile})`);
  return JSON.parse(readFileSync(stateFile, 'utf8')) as WpState;
}

export function make(wp: WpState, args: string[]): string {
  const configName = basename(wp.configFile)
    .replace(/^config-/, '')
    .replace(/\.php$/, '');
  return execFileSync('php', [join(here, '..', 'fixtures', 'make.php'), ...args], {
    env: { ...process.env, QD_WP_CONFIG: configName, QD_WP_URL: wp.url },
    encoding: 'utf8',
  }).trim();
}

/** A `qd_content` saved as published (`json`: an object, or the body's text as is); its post id. */
export function createContent(
  wp: WpState,
  prototype: string,
  title: string,
  json: unknown,
  meta: Record<string, string> = {},
): number {
  const file = join(tmpdir(), `qd-e2e-${process.pid}-${Date.now()}.json`);
  writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json, null, 2));
  const out = make(wp, [
    'content',
    prototype,
    title,
    file,
    ...Object.entries(meta).map(([k, v]) => `${k}=${v}`),
  ]);
  rmSync(file);
  const id = Number(out);
  if (!Number.isInteger(id) || id <= 0) throw new Error(`contenu non créé : ${out}`);
  return id;
}

/**
 * A published page showing `tag` for content `id` the way a centre places it: the plugin's own
 * block (`<!-- wp:quartiers-douai/<name> {"content":id,…} /-->` in the page's body), or its
 * shortcode `[quartiers-douai tag=… content=…]` for classic-editor sites. Its URL.
 */
export function createPage(
  wp: WpState,
  title: string,
  tag: string,
  id: number,
  {
    shortcode = false,
    settings = {},
  }: { shortcode?: boolean; settings?: Record<string, unknown> } = {},
): string {
  const body = shortcode
    ? `[quartiers-douai tag="${tag}" content="${id}"${Object.entries(settings)
        .map(([k, v]) => ` ${k}="${String(v)}"`)
        .join('')}]`
    : `<!-- wp:quartiers-douai/${tag.replace(/^qd-/, '')} ${JSON.stringify({ content: id, ...settings })} /-->`;
  return make(wp, ['page', title, body]);
}

/** One number from the site's database. */
export function dbNumber(wp: WpState, sql: string): number {
  return Number(
    execFileSync('mariadb', [`--socket=${wp.socket}`, '-uroot', '-N', 'qd_kit', '-e', sql], {
      encoding: 'utf8',
    }).trim(),
  );
}

export const ballotCount = (wp: WpState, id: number): number =>
  dbNumber(wp, `SELECT COUNT(*) FROM wp_qd_ballots WHERE content_id = ${Number(id)}`);

/** Waits until `read()` gives `want` (the site's database, written by another process). */
export async function until<T>(read: () => T, want: T, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  let got = read();
  while (got !== want && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    got = read();
  }
  return got;
}

export function launch(): Promise<Browser> {
  return chromium.launch({
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
}

/** Logs in on wp-login.php. */
export async function login(page: Page, wp: WpState, who: 'admin' | 'editor'): Promise<void> {
  await page.goto(`${wp.url}/wp-login.php`);
  await page.locator('#user_login').fill(wp.logins[who].user);
  await page.locator('#user_pass').fill(wp.logins[who].password);
  await Promise.all([page.waitForURL(/wp-admin/), page.locator('#wp-submit').click()]);
}

export const resultsUrl = (wp: WpState, id: number, more = ''): string =>
  `${wp.url}/wp-admin/edit.php?post_type=qd_content&page=qd-kit-results&content=${id}${more}`;

/** Where the tests' screenshots go (the French guide shows them). */
export const screenshotDir = join(repoDir, 'docs', 'img', 'wordpress');

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** What axe finds on the page as it is now (rule and elements), [] when nothing. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
      }
    ).axe;
    const r = await axe.run();
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}
