import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import {
  DeviceStore,
  discardQuarantined,
  eraseAllKitData,
  kitKeys,
  KIT,
  QUARANTINE_PREFIX,
  setAside,
  type DeviceStoreOptions,
  type StorageArea,
} from './device-store.js';
import { int } from '../content/schema-kit.js';

const progressSchema = z.object({
  step: int(0),
  answers: z.array(z.string()),
});
type Progress = z.infer<typeof progressSchema>;
const progress: Progress = { step: 2, answers: ['b', 'c'] };

const store = (over: Partial<DeviceStoreOptions<Progress>> = {}) =>
  new DeviceStore<Progress>({
    type: 'quiz-progress',
    id: 'parentalite',
    version: 2,
    schema: progressSchema,
    area: 'local',
    ...over,
  });

const areas = { local: () => localStorage, session: () => sessionStorage };

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  eraseAllKitData({ centre: true });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
});

describe('storage › saving and loading', () => {
  it.each(['local', 'session'] as const)(
    'writes a versioned envelope under a qd: key (%s)',
    (area) => {
      const s = store({ area });
      expect(s.save(progress)).toEqual({ ok: true });
      expect(s.key).toBe('qd:quiz-progress:parentalite');
      const saved = JSON.parse(areas[area]().getItem(s.key)!);
      expect(saved).toEqual({
        kit: KIT,
        type: 'quiz-progress',
        version: 2,
        savedAt: expect.any(String),
        data: progress,
      });
      expect(Number.isNaN(Date.parse(saved.savedAt))).toBe(false);
    },
  );

  it('a reload gives the data back, with when it was saved', () => {
    store().save(progress);
    const r = store().load(); // a new store, as after reloading the page
    expect(r).toEqual({ status: 'ok', data: progress, savedAt: expect.any(String) });
  });

  it('nothing saved: empty', () => {
    expect(store().load()).toEqual({ status: 'empty' });
  });

  it('storage="none" keeps nothing on the device', () => {
    const s = store({ area: 'none' });
    s.save(progress);
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(s.load()).toMatchObject({ status: 'ok', data: progress });
  });

  it('two contents on one page do not share their progress', () => {
    store({ id: 'a' }).save(progress);
    expect(store({ id: 'b' }).load()).toEqual({ status: 'empty' });
  });

  it('clear removes this record, nothing else: its copies set aside stay (they go only by name)', () => {
    store().save(progress);
    store({ id: 'other' }).save(progress);
    const setAsideKey = `${QUARANTINE_PREFIX}quiz-progress:parentalite:1`;
    localStorage.setItem(setAsideKey, 'x');
    store().clear();
    expect(kitKeys('local').sort()).toEqual(['qd:quiz-progress:other', setAsideKey].sort());
    expect(localStorage.getItem(setAsideKey)).toBe('x');
  });
});

describe('storage › copies set aside are listed, and removed only by name', () => {
  const damaged =
    '{"kit":"quartiers-douai","type":"quiz-progress","version":2,"data":{"step":"deux"}}';

  it('quarantined() lists this store’s copies with their key and text, oldest first', () => {
    const s = store();
    localStorage.setItem(s.key, damaged);
    const r = s.load();
    expect(r.status).toBe('quarantined');
    if (r.status !== 'quarantined') return;
    const older = `${QUARANTINE_PREFIX}quiz-progress:parentalite:1000`;
    localStorage.setItem(older, '{ancien');
    localStorage.setItem(`${QUARANTINE_PREFIX}quiz-progress:autre:1`, '{pas le sien');
    expect(s.quarantined()).toEqual([
      { area: 'local', key: older, text: '{ancien' },
      { area: 'local', key: r.quarantineKey, text: damaged },
    ]);
    expect(store({ area: 'session' }).quarantined()).toEqual([]);
  });

  it('discardQuarantined removes exactly the keys named, and only copies set aside', () => {
    const s = store();
    s.save(progress);
    const a = `${QUARANTINE_PREFIX}quiz-progress:parentalite:1`;
    const b = `${QUARANTINE_PREFIX}quiz-progress:parentalite:2`;
    localStorage.setItem(a, '{a');
    localStorage.setItem(b, '{b');
    localStorage.setItem('autre-site', 'garder');
    expect(
      discardQuarantined([
        { area: 'local', key: a },
        { area: 'local', key: s.key }, // a record in use is not a copy set aside
        { area: 'local', key: 'autre-site' },
      ]),
    ).toBe(1);
    expect(localStorage.getItem(a)).toBeNull();
    expect(localStorage.getItem(b)).toBe('{b');
    expect(s.load()).toMatchObject({ status: 'ok', data: progress });
    expect(localStorage.getItem('autre-site')).toBe('garder');
  });

  it('setAside() lists the copies of the residents’ stores opened on the page, not the centre’s', () => {
    localStorage.setItem(store().key, damaged);
    store().load();
    const box = new DeviceStore<{ n: number }>({
      type: 'poll-ballots',
      id: 'fete',
      version: 1,
      schema: z.object({ n: z.number() }),
      area: 'local',
      owner: 'centre',
    });
    localStorage.setItem(box.key, '{abîmé');
    box.load();
    expect(setAside().map((c) => c.key)).toEqual([
      expect.stringMatching(/^qd:quarantine:quiz-progress:parentalite:\d+$/),
    ]);
    expect(box.quarantined()).toHaveLength(1);
  });
});

describe('storage › damaged data is set aside, never silently dropped', () => {
  const cases: Array<[string, string]> = [
    ['corrupt JSON', '{"kit": "quartiers-douai", "type": '],
    [
      'wrong schema',
      JSON.stringify({
        kit: KIT,
        type: 'quiz-progress',
        version: 2,
        savedAt: '',
        data: { step: -1, answers: 'b' },
      }),
    ],
    [
      'newer version',
      JSON.stringify({ kit: KIT, type: 'quiz-progress', version: 3, savedAt: '', data: progress }),
    ],
    [
      'another kind of data',
      JSON.stringify({ kit: KIT, type: 'poll-votes', version: 2, savedAt: '', data: progress }),
    ],
  ];

  it.each(cases)(
    '%s → moved under qd:quarantine:, reported, original key removed',
    async (_name, text) => {
      const s = store();
      localStorage.setItem(s.key, text);
      const r = s.load();
      expect(r.status).toBe('quarantined');
      if (r.status !== 'quarantined') return;
      expect(r.quarantineKey.startsWith(`${QUARANTINE_PREFIX}quiz-progress:parentalite:`)).toBe(
        true,
      );
      expect(localStorage.getItem(r.quarantineKey)).toBe(text);
      expect(localStorage.getItem(s.key)).toBeNull();
      expect((await r.problems).length).toBeGreaterThan(0);
      expect(console.warn).toHaveBeenCalledWith(expect.stringContaining(r.quarantineKey));
      expect(s.load()).toEqual({ status: 'empty' }); // and the next load starts afresh
    },
  );

  it('explains what was wrong, in French, with the path inside the data', async () => {
    const s = store();
    localStorage.setItem(s.key, cases[1]![1]);
    const r = s.load();
    expect(r.status).toBe('quarantined');
    if (r.status !== 'quarantined') return;
    expect(await r.problems).toEqual([
      {
        path: 'data.step',
        message:
          'doit être un nombre entier supérieur ou égal à 0, sans virgule ni guillemets, par exemple 0',
      },
      { path: 'data.answers', message: 'doit être une liste entre crochets [ … ]' },
    ]);
  });

  it('two damaged loads in the same millisecond keep both copies', () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_700_000_000_000);
    const s = store();
    localStorage.setItem(s.key, 'premier');
    const a = s.load();
    localStorage.setItem(s.key, 'second');
    const b = s.load();
    expect(
      a.status === 'quarantined' &&
        b.status === 'quarantined' &&
        a.quarantineKey !== b.quarantineKey,
    ).toBe(true);
    expect(kitKeys('local').filter((k) => k.startsWith(QUARANTINE_PREFIX))).toHaveLength(2);
  });
});

describe('storage › older data is upgraded', () => {
  const v1 = (data: unknown) =>
    JSON.stringify({
      kit: KIT,
      type: 'quiz-progress',
      version: 1,
      savedAt: '2025-01-01T00:00:00.000Z',
      data,
    });

  it('migrate turns version 1 data into version 2', () => {
    const migrate = vi.fn((d: unknown, from: number) =>
      from === 1 ? { step: (d as { current: number }).current, answers: [] } : undefined,
    );
    const s = store({ migrate });
    localStorage.setItem(s.key, v1({ current: 4 }));
    expect(s.load()).toEqual({
      status: 'ok',
      data: { step: 4, answers: [] },
      savedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(migrate).toHaveBeenCalledWith({ current: 4 }, 1);
  });

  it('without a migration, older data is set aside with a clear reason', async () => {
    const s = store();
    localStorage.setItem(s.key, v1({ current: 4 }));
    const r = s.load();
    expect(r.status).toBe('quarantined');
    if (r.status !== 'quarantined') return;
    expect(await r.problems).toEqual([
      {
        path: 'version',
        message: "données d'une ancienne version (1) qui ne peut pas être reprise",
      },
    ]);
  });

  it('a migration that gives invalid data is caught by the schema', () => {
    const s = store({ migrate: () => ({ step: 'x' }) });
    localStorage.setItem(s.key, v1({}));
    expect(s.load().status).toBe('quarantined');
  });
});

describe('storage › export and import', () => {
  it('export is the envelope, readable by a person', () => {
    const text = store().exportText(progress);
    expect(text).toContain('\n  "kit": "quartiers-douai"');
    expect(JSON.parse(text)).toMatchObject({ type: 'quiz-progress', version: 2, data: progress });
  });

  it('importing a valid file writes it', async () => {
    const text = store({ id: 'ailleurs' }).exportText(progress);
    const s = store();
    expect(await s.importText(text)).toEqual({ ok: true, data: progress });
    expect(s.load()).toMatchObject({ status: 'ok', data: progress });
  });

  it.each([
    ['not JSON', 'bonjour', "ce fichier n'est pas un fichier JSON"],
    [
      'another kind of file',
      JSON.stringify({ kit: KIT, type: 'cv', version: 1, data: {} }),
      'ce fichier ne contient pas de données « quiz-progress » du kit',
    ],
    [
      'invalid data',
      JSON.stringify({ kit: KIT, type: 'quiz-progress', version: 2, data: { step: 'deux' } }),
      'doit être un nombre',
    ],
    [
      'newer version',
      JSON.stringify({ kit: KIT, type: 'quiz-progress', version: 9, data: progress }),
      'version plus récente (9)',
    ],
  ])('importing %s writes nothing and says why', async (_name, text, reason) => {
    const s = store();
    s.save({ step: 0, answers: [] });
    const before = localStorage.getItem(s.key);
    const r = await s.importText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.message).join(' ')).toContain(reason);
    expect(localStorage.getItem(s.key)).toBe(before);
    expect(kitKeys('local')).toEqual([s.key]);
  });

  it('a valid file the element cannot take (accept says no) writes nothing, and the saved data stays', async () => {
    const s = store();
    s.save({ step: 0, answers: [] });
    const before = localStorage.getItem(s.key);
    const seen: Progress[] = [];
    const r = await s.importText(store({ id: 'ailleurs' }).exportText(progress), (d) => {
      seen.push(d);
      return false;
    });
    expect(seen).toEqual([progress]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.message).join(' ')).toContain('ne correspond pas');
    expect(localStorage.getItem(s.key)).toBe(before);
  });

  it('a file the element takes (accept says yes) is written', async () => {
    const s = store();
    const r = await s.importText(store({ id: 'ailleurs' }).exportText(progress), () => true);
    expect(r).toEqual({ ok: true, data: progress });
    expect(s.load()).toMatchObject({ status: 'ok', data: progress });
  });

  it('download offers a .json file with the export', async () => {
    const clicked: HTMLAnchorElement[] = [];
    const onClick = (e: Event) => {
      if (e.target instanceof HTMLAnchorElement) {
        clicked.push(e.target);
        e.preventDefault();
      }
    };
    document.addEventListener('click', onClick, true);
    try {
      store().download(progress);
    } finally {
      document.removeEventListener('click', onClick, true);
    }
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('quiz-progress-parentalite.json');
    const body = await (await fetch(clicked[0]!.href)).text();
    expect(JSON.parse(body)).toMatchObject({ kit: KIT, data: progress });
    expect(clicked[0]!.isConnected).toBe(false);
  });
});

describe('storage › a full or unavailable device', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('a full device is reported as "quota", and the old data stays', () => {
    const s = store();
    s.save({ step: 1, answers: [] });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quota();
    });
    expect(s.save(progress)).toEqual({ ok: false, reason: 'quota' });
    expect(s.load()).toMatchObject({ status: 'ok', data: { step: 1 } });
  });

  it('an import on a full device writes nothing and says so', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quota();
    });
    const r = await store().importText(store().exportText(progress));
    expect(r).toEqual({
      ok: false,
      problems: [{ path: '', message: "l'appareil n'a plus de place" }],
    });
  });

  it('damaged data on a full device stays where it is rather than being lost', () => {
    const s = store();
    localStorage.setItem(s.key, '{abîmé');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quota();
    });
    expect(s.load().status).toBe('quarantined');
    expect(localStorage.getItem(s.key)).toBe('{abîmé');
  });

  it('damaged data that could not be set aside: said so, listed in place, and nothing saves over it until it is discarded by name', () => {
    const s = store();
    localStorage.setItem(s.key, '{abîmé');
    const setItem = Storage.prototype.setItem;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (
      this: Storage,
      k: string,
      v: string,
    ) {
      if (k.startsWith(QUARANTINE_PREFIX)) throw quota();
      setItem.call(this, k, v);
    });
    const r = s.load();
    expect(r).toMatchObject({ status: 'quarantined', moved: false, quarantineKey: s.key });
    expect(s.quarantined()).toEqual([{ area: 'local', key: s.key, text: '{abîmé' }]);
    expect(setAside()).toContainEqual({ area: 'local', key: s.key, text: '{abîmé' });

    expect(s.save(progress)).toEqual({ ok: false, reason: 'held' });
    expect(store().save(progress)).toEqual({ ok: false, reason: 'held' }); // another copy of the store
    s.clear();
    eraseAllKitData();
    expect(localStorage.getItem(s.key)).toBe('{abîmé');

    expect(discardQuarantined([{ area: 'local', key: s.key }])).toBe(1);
    expect(localStorage.getItem(s.key)).toBeNull();
    expect(s.save(progress)).toEqual({ ok: true });
    expect(s.load()).toMatchObject({ status: 'ok', data: progress });
  });

  it('an import cannot write over damaged data left in place either', async () => {
    const s = store();
    localStorage.setItem(s.key, '{abîmé');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw quota();
    });
    s.load();
    vi.restoreAllMocks();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const r = await s.importText(s.exportText(progress));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.message).toMatch(/^des données abîmées occupent encore leur place/);
    expect(localStorage.getItem(s.key)).toBe('{abîmé');
  });

  it('storage blocked by the browser (privacy settings): "unavailable", not a crash', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const s = store();
    expect(s.save(progress)).toEqual({ ok: false, reason: 'unavailable' });
    expect(s.load()).toEqual({ status: 'empty' });
  });
});

describe('storage › "Effacer mes données"', () => {
  it('leaves no qd: key in local or session storage (nor in memory), and keeps other sites’ keys', () => {
    for (const area of ['local', 'session', 'none'] as StorageArea[]) {
      store({ area }).save(progress);
      store({ area, type: 'cv', id: 'x' }).save(progress);
    }
    localStorage.setItem('autre-site', 'garder');
    sessionStorage.setItem('autre-site', 'garder');

    expect(eraseAllKitData()).toBe(6);
    for (const area of [localStorage, sessionStorage]) {
      const keys = Array.from({ length: area.length }, (_, i) => area.key(i));
      expect(keys).toEqual(['autre-site']);
    }
    expect(kitKeys('none')).toEqual([]);
    expect(store({ area: 'none' }).load()).toEqual({ status: 'empty' });
  });

  it('keeps the copies set aside: the data tools name them and offer their download first', () => {
    store().save(progress);
    const setAsideKey = `${QUARANTINE_PREFIX}quiz-progress:parentalite:1`;
    localStorage.setItem(setAsideKey, '{abîmé');
    expect(eraseAllKitData()).toBe(1);
    expect(eraseAllKitData({ centre: true })).toBe(0);
    expect(kitKeys('local')).toEqual([setAsideKey]);
  });
});

describe("storage › the centre's records on a shared device", () => {
  const box = () =>
    new DeviceStore<{ ballots: string[] }>({
      type: 'poll-ballots',
      id: 'fete',
      version: 1,
      schema: z.object({ ballots: z.array(z.string()) }),
      area: 'local',
      owner: 'centre',
    });

  it("a resident's erase (their CV, a quiz) leaves the centre's ballot box and its set-aside copy", () => {
    box().save({ ballots: ['a', 'b'] });
    store().save(progress);
    const setAside = `${QUARANTINE_PREFIX}poll-ballots:fete:1`;
    localStorage.setItem(setAside, JSON.stringify({ ...box().envelope({ ballots: [] }), data: 3 }));
    const residentsCopy = `${QUARANTINE_PREFIX}quiz-progress:parentalite:1`;
    localStorage.setItem(residentsCopy, '{abîmé');

    expect(eraseAllKitData()).toBe(1);
    expect(kitKeys('local').sort()).toEqual([box().key, setAside, residentsCopy].sort());
    expect(box().load()).toMatchObject({ status: 'ok', data: { ballots: ['a', 'b'] } });
    expect(JSON.parse(localStorage.getItem(box().key)!).owner).toBe('centre');
  });

  it('the team can still empty it (its own clear, or everything with centre: true)', () => {
    box().save({ ballots: ['a'] });
    box().clear();
    expect(kitKeys('local')).toEqual([]);
    box().save({ ballots: ['a'] });
    expect(eraseAllKitData({ centre: true })).toBe(1);
    expect(kitKeys('local')).toEqual([]);
  });

  it("a resident's own records carry no owner mark", () => {
    store().save(progress);
    expect(JSON.parse(localStorage.getItem(store().key)!)).not.toHaveProperty('owner');
  });
});
