/**
 * The plugin's PHP, checked without PHP: prepared queries, permissions on routes, nonces on forms
 * and actions, capabilities on screens, escaped output, no personal data, the headers WordPress
 * reads (test/rules.ts; `php -l` runs with the end-to-end tests, where PHP is installed).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  actionsWithoutChecks,
  directAccess,
  formsWithoutNonce,
  mbstringBeyondPolyfills,
  personalData,
  routesWithoutPermission,
  screensWithoutCapability,
  unescapedEchoes,
  unpreparedQueries,
  type PhpFile,
} from './rules.js';

const plugin = fileURLToPath(new URL('../plugin/', import.meta.url));
const list = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? list(join(dir, e.name)) : e.name.endsWith('.php') ? [join(dir, e.name)] : [],
  );
const files: PhpFile[] = list(plugin).map((p) => ({
  path: relative(plugin, p),
  text: readFileSync(p, 'utf8'),
}));
const bad = (text: string): PhpFile[] => [{ path: 'bad.php', text }];

describe('the plugin’s PHP rules', () => {
  it('reads the plugin’s files', () => {
    expect(files.map((f) => f.path)).toContain('quartiers-douai-kit.php');
    expect(files.length).toBeGreaterThan(10);
  });

  it('every query goes through $wpdb->prepare()', () => {
    expect(unpreparedQueries(files)).toEqual([]);
    expect(unpreparedQueries(bad(`$wpdb->query( "DELETE FROM $t WHERE id = $id" );`))).toHaveLength(
      1,
    );
    expect(
      unpreparedQueries(bad(`$wpdb->get_var( $wpdb->prepare( 'SELECT 1 WHERE a = %d', $a ) );`)),
    ).toEqual([]);
  });

  it('every route names its permission_callback', () => {
    expect(routesWithoutPermission(files)).toEqual([]);
    expect(
      routesWithoutPermission(
        bad(`register_rest_route( 'a', '/b', array( 'methods' => 'GET' )\n\t);`),
      ),
    ).toHaveLength(1);
  });

  it('every form carries a nonce; every action checks a nonce and a capability', () => {
    expect(formsWithoutNonce(files)).toEqual([]);
    expect(actionsWithoutChecks(files)).toEqual([]);
    expect(
      formsWithoutNonce(bad(`function f() {\n\techo '<form method="post">';\n}`)),
    ).toHaveLength(1);
    expect(
      actionsWithoutChecks(
        bad(`function h() {\n\tdelete_all();\n}\nadd_action( 'admin_post_x', 'h' );`),
      ),
    ).toHaveLength(1);
  });

  it('every admin screen checks the capability', () => {
    expect(screensWithoutCapability(files)).toEqual([]);
    expect(
      screensWithoutCapability(
        bad(`function p() {\n\techo 1;\n}\nadd_submenu_page( 'x', 'T', 'T', 'read', 'p', 'p' );`),
      ),
    ).toHaveLength(1);
  });

  it('output is escaped; nothing personal is read; no php-mbstring needed; no direct access', () => {
    expect(unescapedEchoes(files)).toEqual([]);
    expect(unescapedEchoes(bad('echo $html;'))).toHaveLength(1);
    expect(personalData(files)).toEqual([]);
    expect(
      personalData([{ path: 'rest-x.php', text: "$ip = $_SERVER['REMOTE_ADDR'];" }]),
    ).toHaveLength(1);
    expect(mbstringBeyondPolyfills(files)).toEqual([]);
    expect(directAccess(files)).toEqual([]);
  });

  it('the headers say WordPress 6.1, PHP 8.1, the text domain and the licence; readme.txt too', () => {
    const main = readFileSync(join(plugin, 'quartiers-douai-kit.php'), 'utf8');
    for (const h of [
      'Requires at least: 6.1',
      'Requires PHP:      8.1',
      'Text Domain:       quartiers-douai-kit',
      'License:           EUPL-1.2',
    ])
      expect(main).toContain(h);
    expect(main).toContain("foreach ( glob( __DIR__ . '/includes/*.php' ) as $file ) {");
    const readme = readFileSync(join(plugin, 'readme.txt'), 'utf8');
    for (const h of [
      'Requires at least: 6.1',
      'Requires PHP: 8.1',
      'License: EUPL-1.2',
      '== Description ==',
      '**English**',
    ])
      expect(readme).toContain(h);
  });
});
