/**
 * Content problems explained to a social-centre worker, in French: where (a JSON path such as
 * `questions[2].choices`) and what to change. Zod's own messages are never shown: they are
 * explained by `explain-issue.ts`, which a page loads only when a file is wrong.
 */
export interface Problem {
  /** JSON path of the value, e.g. `questions[2].choices`; `""` for the whole file. */
  path: string;
  /** What is wrong and what to change, in plain French (or a `§key`, until explained). */
  message: string;
  /** With a `§key` message: the values its sentence needs (texts.ts). */
  params?: Readonly<Record<string, unknown>>;
}

export type PathSegment = string | number | symbol;

/** `['questions', 2, 'choices']` → `questions[2].choices`. */
export function formatPath(path: ReadonlyArray<PathSegment>): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

/** `questions[2].choices : au moins deux choix sont nécessaires` */
export function problemToString(p: Problem): string {
  return p.path ? `${p.path} : ${p.message}` : p.message;
}

/** How many problems the error panel lists (the rest go to the console). */
export const MAX_LISTED_PROBLEMS = 10;

/** Minimal view of a zod 4 issue (`zod/v4/core` `$ZodIssue`), enough to explain it. */
export interface ZodIssueLike {
  code: string;
  path: ReadonlyArray<PathSegment>;
  message: string;
  input?: unknown;
  expected?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  values?: ReadonlyArray<unknown>;
  format?: string;
  keys?: ReadonlyArray<string>;
  errors?: ReadonlyArray<ReadonlyArray<ZodIssueLike>>;
  /** Discriminated unions: the field that chooses the shape, and its allowed values. */
  discriminator?: string;
  /** Custom issues with a `§key` message: the values its sentence needs. */
  params?: Readonly<Record<string, unknown>>;
  options?: ReadonlyArray<unknown>;
}
