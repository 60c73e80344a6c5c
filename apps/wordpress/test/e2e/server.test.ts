/**
 * The plugin's server, through HTTP as any client sees it: what the collection routes refuse (a
 * French 400 and nothing stored), dates and privacy enforced, the rate limit, the contents' JSON
 * and drafts, the results file's rule, the autodiag's counts, what the tables keep; and every PHP
 * file passes `php -l`.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollContent } from './contents.js';
import {
  ballotCount,
  createContent,
  dbNumber,
  make,
  repoDir,
  wpState,
  type WpState,
} from './wordpress.js';

const api = (wp: WpState, path: string) => `${wp.url}/wp-json/quartiers-douai/v1/${path}`;
let n = 0;
const key = () => `test-${process.pid}-${Date.now()}-${n++}`;

async function post(
  wp: WpState,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const r = await fetch(api(wp, path), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key(), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as { message?: string; status?: string } };
}

describe('the collection routes', () => {
  let wp: WpState;
  let id: number;
  let pollId: string;

  beforeAll(() => {
    wp = wpState();
    pollId = `serveur-${Date.now()}`;
    id = createContent(wp, 'poll', 'Sondage du serveur', pollContent(pollId));
  });

  it('refuses a body that is not JSON, too big or out of the poll, in French, storing nothing', async () => {
    const refusals: Array<[unknown, string]> = [
      ['{"pollId": ', 'ce n’est pas un objet JSON lisible'],
      [
        { pollId, answers: { jour: 'samedi', idee: 'x'.repeat(70_000) } },
        'trop longue (64 Ko au plus)',
      ],
      [{ pollId: 'autre', answers: { jour: 'samedi' } }, `pollId doit être « ${pollId} »`],
      [
        { pollId, answers: { jour: 'lundi' } },
        'answers.jour : un identifiant de choix de la question est attendu.',
      ],
      [
        { pollId, answers: { idee: 'Sans jour' } },
        'answers.jour : cette question demande une réponse.',
      ],
      [
        { pollId, answers: { jour: 'samedi', age: 12 } },
        'answers.age : ce sondage n’a pas de question de cet identifiant.',
      ],
      [
        { pollId, answers: { jour: 'samedi', idee: 'é'.repeat(501) } },
        'answers.idee : le texte dépasse 500 caractères.',
      ],
      [{ pollId, answers: ['samedi'] }, 'answers : un objet'],
    ];
    for (const [body, message] of refusals) {
      const r = await post(wp, `polls/${id}/ballots`, body);
      expect(r.status, message).toBe(400);
      expect(r.body.message).toContain(message);
    }
    const badKey = await post(
      wp,
      `polls/${id}/ballots`,
      { pollId, answers: { jour: 'samedi' } },
      { 'Idempotency-Key': 'a b' },
    );
    expect(badKey.status).toBe(400);
    expect(ballotCount(wp, id)).toBe(0);
    const ok = await post(wp, `polls/${id}/ballots`, {
      pollId,
      answers: { jour: 'samedi', idee: ' Des jeux ' },
    });
    expect(ok).toEqual({ status: 201, body: { status: 'recu' } });
    expect(ballotCount(wp, id)).toBe(1);
  });

  it('keeps no address, no user, no cookie, no time: only the answers and the repeat key', () => {
    const columns = execFileSync(
      'mariadb',
      [`--socket=${wp.socket}`, '-uroot', '-N', 'qd_kit', '-e', 'SHOW COLUMNS FROM wp_qd_ballots'],
      { encoding: 'utf8' },
    )
      .trim()
      .split('\n')
      .map((l) => l.split('\t')[0]);
    expect(columns).toEqual(['id', 'content_id', 'ballot_key', 'import_id', 'answers']);
    expect(
      dbNumber(
        wp,
        `SELECT COUNT(*) FROM wp_qd_ballots WHERE content_id = ${id} AND answers = '{"jour":"samedi","idee":"Des jeux"}'`,
      ),
    ).toBe(1);
  });

  it('enforces the opening and closing days and the privacy text', async () => {
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [{ closesAt: '2020-01-31' }, 403, 'Ce sondage est clos depuis le 31 janvier 2020'],
      [{ opensAt: '2099-01-01' }, 403, 'il ouvre le 1 janvier 2099'],
      [{ privacy: ' ' }, 403, 'texte « privacy »'],
    ];
    for (const [change, status, message] of cases) {
      const other = `${pollId}-${n++}`;
      const cid = createContent(wp, 'poll', 'Sondage daté', { ...pollContent(other), ...change });
      const r = await post(wp, `polls/${cid}/ballots`, {
        pollId: other,
        answers: { jour: 'samedi' },
      });
      expect(r.status).toBe(status);
      expect(r.body.message).toContain(message);
      expect(ballotCount(wp, cid)).toBe(0);
    }
  });

  describe('rate limit', () => {
    afterAll(() => {
      make(wp, ['option', 'qd_kit_rate_limit', '600']);
    });

    it('refuses beyond the per-poll limit a minute (429, in French), and keeps what came before', async () => {
      expect(make(wp, ['option', 'qd_kit_rate_limit', '10'])).toBe('10');
      const other = `${pollId}-limite`;
      const cid = createContent(wp, 'poll', 'Sondage limité', pollContent(other));
      const statuses: number[] = [];
      let message = '';
      for (let i = 0; i < 12; i++) {
        const r = await post(wp, `polls/${cid}/ballots`, {
          pollId: other,
          answers: { jour: 'dimanche' },
        });
        statuses.push(r.status);
        if (r.status === 429) message = r.body.message ?? '';
      }
      // (a minute may turn during the loop: then the counter starts again)
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(1);
      expect(message).toBe(
        'Trop de réponses en même temps pour ce contenu : réessayez dans une minute. Rien n’a été gardé.',
      );
      expect(ballotCount(wp, cid)).toBe(statuses.filter((s) => s === 201).length);
    });
  });

  it('counts the autodiag’s levels, anonymously, and refuses unknown areas or levels', async () => {
    const diag = {
      version: 1,
      lang: 'fr',
      id: `diag-${Date.now()}`,
      title: 'Où en êtes-vous avec le numérique ?',
      levels: [
        { id: 'decouverte', label: 'Je découvre', min: 0 },
        { id: 'autonome', label: 'Je me débrouille', min: 1.5 },
      ],
      areas: [
        { id: 'communiquer', label: 'Communiquer', icon: 'message' },
        { id: 'securite', label: 'Sécurité', icon: 'shield' },
      ],
      items: [],
    };
    const cid = createContent(wp, 'autodiag', 'Autodiagnostic', diag);
    expect(
      (await post(wp, `autodiag/${cid}`, { levels: { communiquer: 'autonome', securite: null } }))
        .status,
    ).toBe(201);
    expect(
      (await post(wp, `autodiag/${cid}`, { levels: { communiquer: 'autonome' } })).status,
    ).toBe(201);
    const bad = await post(wp, `autodiag/${cid}`, { levels: { communiquer: 'expert' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('Résultat refusé');
    expect(
      dbNumber(
        wp,
        `SELECT count FROM wp_qd_counters WHERE content_id = ${cid} AND area = 'communiquer' AND level = 'autonome'`,
      ),
    ).toBe(2);
    expect(
      dbNumber(
        wp,
        `SELECT count FROM wp_qd_counters WHERE content_id = ${cid} AND area = 'securite' AND level = ''`,
      ),
    ).toBe(1);
  });
});

describe('the reading routes and the library', () => {
  let wp: WpState;

  beforeAll(() => {
    wp = wpState();
  });

  it('serves a published content’s JSON as application/json, and hides the others with a French 404', async () => {
    const content = pollContent(`lecture-${Date.now()}`);
    const id = createContent(wp, 'poll', 'Lecture', content);
    const r = await fetch(`${wp.url}/wp-json/quartiers-douai/v1/contents/${id}`);
    expect(r.headers.get('content-type')).toContain('application/json');
    expect(await r.json()).toEqual(content);
    const missing = await fetch(`${wp.url}/wp-json/quartiers-douai/v1/contents/999999`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { message: string }).message).toContain(
      'n’existe pas ou n’est pas publié',
    );
  });

  it('keeps as a draft a content that is not JSON or has no known prototype', async () => {
    const notJson = createContent(wp, 'poll', 'Pas du JSON', 'Bonjour, voici mon sondage');
    expect(make(wp, ['status', String(notJson)])).toBe('draft');
    const unknown = createContent(wp, 'sondage', 'Prototype inconnu', pollContent('inconnu'));
    expect(make(wp, ['status', String(unknown)])).toBe('draft');
    const draft = await fetch(`${wp.url}/wp-json/quartiers-douai/v1/contents/${notJson}`);
    expect(draft.status).toBe(404);
  });

  it('gives the ballots in the public results only when the poll’s rule allows, never the free texts', async () => {
    const files: Record<string, { ballots: Array<{ answers: Record<string, unknown> }> }> = {};
    for (const results of ['after-vote', 'after-close', 'never']) {
      const pid = `regle-${results}-${Date.now()}`;
      const id = createContent(wp, 'poll', `Règle ${results}`, { ...pollContent(pid), results });
      await post(wp, `polls/${id}/ballots`, {
        pollId: pid,
        answers: { jour: 'samedi', idee: 'Un secret' },
      });
      files[results] = (await (
        await fetch(`${wp.url}/wp-json/quartiers-douai/v1/polls/${id}/results`)
      ).json()) as never;
    }
    expect(files['after-vote']!.ballots).toEqual([{ answers: { jour: 'samedi' } }]);
    expect(files['after-close']!.ballots).toEqual([]);
    expect(files['never']!.ballots).toEqual([]);
  });
});

describe('uninstalling', () => {
  it('removes the tables of answers only when « supprimer les données » is ticked', () => {
    const wp = wpState();
    expect(make(wp, ['uninstall', '0'])).toBe('5');
    expect(make(wp, ['uninstall', '1'])).toBe('0');
  });
});

describe('PHP', () => {
  it('every PHP file of the plugin, the runner and the fixtures passes php -l', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory()
          ? files(join(dir, e.name))
          : e.name.endsWith('.php')
            ? [join(dir, e.name)]
            : [],
      );
    const all = [
      ...files(join(repoDir, 'apps/wordpress/plugin')),
      ...files(join(repoDir, 'apps/wordpress/test/fixtures')),
      ...files(join(repoDir, 'tools/wordpress')).filter((f) => !f.includes('/.state/')),
    ];
    expect(all.length).toBeGreaterThan(15);
    for (const f of all)
      expect(execFileSync('php', ['-l', f], { encoding: 'utf8' })).toContain('No syntax errors');
  });
});
