/**
 * Several agenda files (one per centre) as one agenda: centres and events put together in file
 * order; an `id` met again in a later file is a duplicate: the first one is kept, and the
 * duplicate is reported with both file names so a worker can fix it.
 */
export interface AgendaFile {
  /** What the worker calls it: the file name (`centre-les-asters.json`), or `content[1]`. */
  name: string;
  data: unknown;
}

export interface Duplicate {
  kind: 'event' | 'centre';
  id: string;
  /** The file whose one is kept. */
  first: string;
  /** The file whose one is left out. */
  again: string;
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Merges already-valid files. Keeps the first file's `lang` and `title`. */
export function mergeFiles(files: ReadonlyArray<AgendaFile>): {
  merged: Rec;
  duplicates: Duplicate[];
} {
  const duplicates: Duplicate[] = [];
  const first = files.find((f) => isRec(f.data))?.data as Rec | undefined;
  const merged: Rec = { ...first, centres: [], events: [] };
  merged['version'] = Math.max(
    ...files.map((f) =>
      isRec(f.data) && typeof f.data['version'] === 'number' ? f.data['version'] : 1,
    ),
  );
  for (const kind of ['centre', 'event'] as const) {
    const seen = new Map<string, string>();
    const out = merged[`${kind}s`] as unknown[];
    for (const f of files) {
      if (!isRec(f.data)) continue;
      for (const item of list(f.data[`${kind}s`])) {
        const id = isRec(item) && typeof item['id'] === 'string' ? item['id'] : undefined;
        const firstFile = id === undefined ? undefined : seen.get(id);
        if (id !== undefined && firstFile !== undefined) {
          duplicates.push({ kind, id, first: firstFile, again: f.name });
          continue;
        }
        if (id !== undefined) seen.set(id, f.name);
        out.push(item);
      }
    }
  }
  return { merged, duplicates };
}

/** The file name at the end of an address (`…/uploads/qd/centre-a.json` → `centre-a.json`). */
export function fileNameOf(url: string): string {
  try {
    const path = new URL(url, 'https://x.invalid/').pathname;
    return decodeURIComponent(path.split('/').filter(Boolean).pop() ?? url);
  } catch {
    return url;
  }
}
