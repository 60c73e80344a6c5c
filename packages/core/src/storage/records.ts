/**
 * What the kit keeps on a device, and only when the embedder opts in (`storage="local"|"session"`).
 * Every record is an envelope `{kit, type, version, savedAt, data}`, re-validated on load. Anything
 * unreadable is moved aside under a quarantine key and reported, never silently dropped: a copy set
 * aside goes only with `discardQuarantined()`, an action that names it once its download was
 * offered (the data tools), never with `clear()` nor with "Effacer mes données".
 *
 * This module imports no zod: the schema check is given to the store (`Parse`), so the elements
 * can fetch this code on demand (`store.lazy.ts`, docs/decisions/0015) without a second copy of
 * zod. `device-store.ts` gives zod's check for code that builds stores itself.
 */
import type { $ZodType } from 'zod/v4/core';
import { problemToString, type Problem, type ZodIssueLike } from '../content/problems.js';
import { EXPLANATIONS_UNAVAILABLE, loadExplanations } from '../content/explanations.js';
import { TEXT_KEY } from '../content/texts.js';
import { saveFile } from '../util/save-file.js';

export const KIT = 'quartiers-douai';
export const KEY_PREFIX = 'qd:';
export const QUARANTINE_PREFIX = 'qd:quarantine:';

export type StorageArea = 'local' | 'session' | 'none';

export interface Envelope<T> {
  kit: typeof KIT;
  type: string;
  version: number;
  savedAt: string;
  data: T;
  /** Present on the centre's records (see `DeviceStoreOptions.owner`). */
  owner?: 'centre';
}

export interface DeviceStoreOptions<T> {
  /** What is stored, e.g. `quiz-progress`. */
  type: string;
  /** Which one, e.g. the content id: two quizzes on one page do not share progress. */
  id: string;
  /** Version of the stored data's shape. */
  version: number;
  /** Schema of `data`, checked on every load and import. */
  schema: $ZodType<T>;
  area: StorageArea;
  /** Upgrades data saved by an older version; return `undefined` if it cannot. */
  migrate?: (data: unknown, fromVersion: number) => unknown;
  /**
   * Whose data this is. `person` (default): the resident's, erased by any "Effacer mes données".
   * `centre`: what a shared device keeps for the centre's team (a kiosk's ballot box): a
   * resident's erase on the same device (their CV, a quiz) leaves it; only its own store's
   * `clear()` (the team's action) or `eraseAllKitData({ centre: true })` removes it.
   */
  owner?: 'person' | 'centre';
}

export type LoadResult<T> =
  | { status: 'empty' }
  | { status: 'ok'; data: T; savedAt: string }
  | {
      status: 'quarantined';
      /**
       * Where the damaged text is: a quarantine key, or, when it could not be copied there (a full
       * device: `moved` false), the record's own key. It then stays in place, and nothing is saved
       * over it (`save` says `held`) until it is discarded by name (`discardQuarantined`).
       */
      quarantineKey: string;
      moved: boolean;
      /** What was wrong, in French (the explanations are loaded on demand: ADR 0012). */
      problems: Promise<Problem[]>;
    };

/** The schema check of a store's data: zod's `safeParse` in `device-store.ts`'s `zodParse`. */
export type Parse<T> = (
  data: unknown,
) => { ok: true; data: T } | { ok: false; issues: ZodIssueLike[] };

/** `held`: damaged data that could not be set aside is in the record's place (see `LoadResult`). */
export type SaveResult = { ok: true } | { ok: false; reason: 'quota' | 'unavailable' | 'held' };
/**
 * A copy set aside: damaged data kept under a quarantine key, or left under its record's key when
 * the device had no room for the copy.
 */
export interface SetAside {
  area: StorageArea;
  key: string;
  text: string;
}

export type ImportResult<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };
/** `check`'s answer: schema issues are explained later, only if needed (`explained`). */
export type CheckResult<T> = ImportResult<T> | { ok: false; issues: ZodIssueLike[] };

/** Why a save failed, as the key of its French sentence (core's `kitTexts`). */
const SAVE_FAILED = { quota: 'storeFull', unavailable: 'storeUnavailable', held: 'storeHeld' };

/**
 * French problems of a failed check, loaded on demand with the explanations (ADR 0012, 0014):
 * zod issues, and the store's own `§key` problems (their sentences are in core's `kitTexts`).
 */
async function explained(
  r: { ok: false; problems: Problem[] } | { ok: false; issues: ZodIssueLike[] },
): Promise<Problem[]> {
  const m = await loadExplanations();
  if (!m) return [EXPLANATIONS_UNAVAILABLE];
  return 'problems' in r
    ? r.problems.map((p) => ({ path: p.path, message: m.customText(p.message, p.params) }))
    : m.issuesToProblems(r.issues, ['data']);
}

/** A problem whose French sentence is `kitTexts[key]` (explained on demand). */
const keyed = (path: string, key: string, params?: Record<string, unknown>): Problem => ({
  path,
  message: TEXT_KEY + key,
  ...(params ? { params } : {}),
});

const memory = new Map<string, string>();
const memoryArea: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'> = {
  getItem: (k) => memory.get(k) ?? null,
  setItem: (k, v) => void memory.set(k, v),
  removeItem: (k) => void memory.delete(k),
  key: (i) => [...memory.keys()][i] ?? null,
  get length() {
    return memory.size;
  },
};

type Area = typeof memoryArea;

function storageOf(area: StorageArea): Area | null {
  try {
    if (area === 'local') return window.localStorage;
    if (area === 'session') return window.sessionStorage;
    return memoryArea;
  } catch {
    return null; // storage disabled (privacy settings, sandboxed iframe)
  }
}

function isQuotaError(e: unknown): boolean {
  return (
    e instanceof DOMException &&
    (e.name === 'QuotaExceededError' || e.code === 22 || e.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

const AREAS = ['local', 'session', 'none'] as const;

/** The residents' stores opened on this page (by `area key`): `setAside()` lists their copies. */
const opened = new Map<string, DeviceStoreBase<unknown>>();
/** Damaged records left in place for want of room to set them aside: `area key` → their text. */
const held = new Map<string, string>();

/** Is `key` damaged data left in place (and still there, untouched)? */
function isHeld(s: Area, area: StorageArea, key: string): boolean {
  const text = held.get(`${area} ${key}`);
  return text !== undefined && text === s.getItem(key);
}

function keysOf(s: Area): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k !== null) out.push(k);
  }
  return out;
}

/** A store whose schema check is given (`parse`): see `DeviceStore` for one that uses zod itself. */
export class DeviceStoreBase<T> {
  readonly key: string;
  constructor(
    readonly options: DeviceStoreOptions<T>,
    private readonly parse: Parse<T>,
  ) {
    this.key = `${KEY_PREFIX}${options.type}:${options.id}`;
    if (options.owner !== 'centre') opened.set(this.place, this as DeviceStoreBase<unknown>);
  }

  private get area(): Area | null {
    return storageOf(this.options.area);
  }

  /** `area key`: where this record lives. */
  private get place(): string {
    return `${this.options.area} ${this.key}`;
  }

  /** Checks an envelope (or a bare exported file) and returns its data, upgraded if needed. */
  check(raw: unknown): CheckResult<T> {
    const o = this.options;
    const env = raw as Partial<Envelope<unknown>> | null;
    if (typeof env !== 'object' || env === null || env.kit !== KIT || env.type !== o.type) {
      return { ok: false, problems: [keyed('', 'storeNotKit', { type: o.type })] };
    }
    let data: unknown = env.data;
    const from = typeof env.version === 'number' ? env.version : 0;
    if (from > o.version) {
      return {
        ok: false,
        problems: [keyed('version', 'storeNewer', { from, version: o.version })],
      };
    }
    if (from < o.version) {
      data = o.migrate ? o.migrate(data, from) : undefined;
      if (data === undefined) {
        return { ok: false, problems: [keyed('version', 'storeOlder', { from })] };
      }
    }
    return this.parse(data);
  }

  load(): LoadResult<T> {
    const s = this.area;
    if (!s) return { status: 'empty' };
    const text = s.getItem(this.key);
    if (text === null) return { status: 'empty' };
    let raw: unknown;
    let result: CheckResult<T>;
    try {
      raw = JSON.parse(text);
      result = this.check(raw);
    } catch {
      result = { ok: false, problems: [keyed('', 'storeUnreadable')] };
    }
    if (result.ok) {
      return { status: 'ok', data: result.data, savedAt: (raw as Envelope<T>).savedAt };
    }
    const stamp = `${QUARANTINE_PREFIX}${this.options.type}:${this.options.id}:${Date.now()}`;
    // Never overwrite an earlier quarantined copy (two in the same millisecond).
    let quarantineKey = stamp;
    for (let n = 2; s.getItem(quarantineKey) !== null; n++) quarantineKey = `${stamp}-${n}`;
    let moved = true;
    try {
      s.setItem(quarantineKey, text);
      s.removeItem(this.key);
      held.delete(this.place);
    } catch {
      // No room to copy it aside: it stays in place (the only copy), and nothing is saved over it.
      moved = false;
      quarantineKey = this.key;
      held.set(this.place, text);
    }
    const problems = explained(result);
    void problems.then((list) =>
      console.warn(
        `[quartiers-douai] données abîmées ${moved ? 'mises de côté' : 'laissées en place (pas de place pour les mettre de côté)'} sous « ${quarantineKey} » :\n${list.map(problemToString).join('\n')}`,
      ),
    );
    return { status: 'quarantined', quarantineKey, moved, problems };
  }

  envelope(data: T): Envelope<T> {
    return {
      kit: KIT,
      type: this.options.type,
      version: this.options.version,
      savedAt: new Date().toISOString(),
      data,
      ...(this.options.owner === 'centre' ? { owner: 'centre' as const } : {}),
    };
  }

  save(data: T): SaveResult {
    const s = this.area;
    if (!s) return { ok: false, reason: 'unavailable' };
    if (isHeld(s, this.options.area, this.key)) return { ok: false, reason: 'held' };
    try {
      s.setItem(this.key, JSON.stringify(this.envelope(data)));
      return { ok: true };
    } catch (e) {
      return { ok: false, reason: isQuotaError(e) ? 'quota' : 'unavailable' };
    }
  }

  /**
   * Removes this record. Its copies set aside stay, and so does damaged data left in its place:
   * they go only with `discardQuarantined`.
   */
  clear(): void {
    const s = this.area;
    if (s && !isHeld(s, this.options.area, this.key)) s.removeItem(this.key);
  }

  /** This store's copies set aside, oldest first (and damaged data left in its place). */
  quarantined(): SetAside[] {
    const s = this.area;
    const q = `${QUARANTINE_PREFIX}${this.options.type}:${this.options.id}:`;
    return s
      ? keysOf(s)
          .filter((k) => k.startsWith(q) || (k === this.key && isHeld(s, this.options.area, k)))
          .sort()
          .map((key) => ({ area: this.options.area, key, text: s.getItem(key) ?? '' }))
      : [];
  }

  /**
   * Erases exactly these copies set aside of this store (named to the person by `quarantined()`,
   * offered as downloads); any other key is left. Resolves to how many were erased.
   */
  discard(copies: ReadonlyArray<Pick<SetAside, 'area' | 'key'>>): number {
    const own = new Set(this.quarantined().map((c) => c.key));
    return discardQuarantined(copies.filter((c) => own.has(c.key)));
  }

  /** The export file's text: the envelope, pretty-printed. */
  exportText(data: T): string {
    return JSON.stringify(this.envelope(data), null, 2);
  }

  /** Offers the data as a `.json` download. */
  download(data: T, filename = `${this.options.type}-${this.options.id}.json`): void {
    saveFile(this.exportText(data), filename, 'application/json');
  }

  /**
   * Checks an exported file's text; writes it only when valid and, if `accept` is given, when the
   * element could take it (`accept` false: the file is for other content, nothing is written and
   * what was saved before stays).
   */
  async importText(text: string, accept?: (data: T) => boolean): Promise<ImportResult<T>> {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return {
        ok: false,
        problems: await explained({ ok: false, problems: [keyed('', 'notJson')] }),
      };
    }
    const result = this.check(raw);
    if (!result.ok) return { ok: false, problems: await explained(result) };
    if (accept && !accept(result.data))
      return {
        ok: false,
        problems: await explained({ ok: false, problems: [keyed('', 'storeMismatch')] }),
      };
    const saved = this.save(result.data);
    if (!saved.ok)
      return {
        ok: false,
        problems: await explained({
          ok: false,
          problems: [keyed('', SAVE_FAILED[saved.reason])],
        }),
      };
    return result;
  }
}

/** Is this stored text (a record, or a copy set aside) one of the centre's records? */
function isCentreRecord(text: string | null): boolean {
  try {
    return (JSON.parse(text ?? '') as Partial<Envelope<unknown>> | null)?.owner === 'centre';
  } catch {
    return false; // unreadable: nobody can tell whose it was
  }
}

/**
 * "Effacer mes données": removes every key of the kit from local and session storage (and
 * memory), except the centre's records (`owner: 'centre'`, e.g. a kiosk's ballot box on the same
 * device) unless `centre` is true, and except the copies set aside: the data tools list them
 * (`setAside()`), offer their download, and remove them by name (`discardQuarantined`).
 */
export function eraseAllKitData(options: { centre?: boolean } = {}): number {
  let removed = 0;
  for (const area of AREAS) {
    const s = storageOf(area);
    if (!s) continue;
    for (const k of keysOf(s)) {
      if (!k.startsWith(KEY_PREFIX) || k.startsWith(QUARANTINE_PREFIX) || isHeld(s, area, k))
        continue;
      if (!options.centre && isCentreRecord(s.getItem(k))) continue;
      s.removeItem(k);
      removed++;
    }
  }
  return removed;
}

/**
 * The copies set aside of the residents' stores opened on this page, for the data tools. Not the
 * centre's (a kiosk's damaged ballot box): a resident never sees other people's ballots.
 */
export function setAside(): SetAside[] {
  const found = new Map<string, SetAside>();
  for (const store of opened.values())
    for (const c of store.quarantined()) found.set(`${c.area} ${c.key}`, c);
  return [...found.values()];
}

/**
 * Removes exactly these copies set aside, once the person was shown them and offered their
 * download (damaged data left in place goes too, and its record can be saved again). A key that
 * is not a copy set aside is left alone. Returns how many were removed.
 */
export function discardQuarantined(copies: ReadonlyArray<Pick<SetAside, 'area' | 'key'>>): number {
  let removed = 0;
  for (const { area, key } of copies) {
    const s = storageOf(area);
    if (s?.getItem(key) == null) continue;
    if (!key.startsWith(QUARANTINE_PREFIX) && !isHeld(s, area, key)) continue;
    held.delete(`${area} ${key}`);
    s.removeItem(key);
    removed++;
  }
  return removed;
}

/** Lists the kit's keys in an area (for tests, audits and the privacy page). */
export function kitKeys(area: StorageArea): string[] {
  const s = storageOf(area);
  return s ? keysOf(s).filter((k) => k.startsWith(KEY_PREFIX)) : [];
}
