/** A `fetch` whose answers the test sends when it chooses (slow, out of order, failed, aborted). */
import { vi } from 'vitest';

export interface PendingRequest {
  url: string;
  init: RequestInit | undefined;
  /** Answers with a JSON body (object → stringified; string sent as is). */
  respond(body: unknown, status?: number): void;
  /** Fails like a network error (`TypeError: Failed to fetch`). */
  fail(): void;
  /** Whether the caller aborted this request. */
  readonly aborted: boolean;
}

export interface FetchStub {
  /** Requests in the order they were made. */
  readonly requests: PendingRequest[];
  /** The last request (throws if none). */
  last(): PendingRequest;
  restore(): void;
}

/**
 * Replaces `window.fetch` with a stub whose responses the test sends when it chooses, so slow and
 * out-of-order responses can be played. `honourAbort: false` plays a server (or fetch polyfill)
 * whose answer still arrives after the request was aborted.
 */
export function stubFetch({ honourAbort = true }: { honourAbort?: boolean } = {}): FetchStub {
  const requests: PendingRequest[] = [];
  const spy = vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    return new Promise<Response>((resolve, reject) => {
      const url = input instanceof Request ? input.url : String(input);
      const signal = init?.signal ?? undefined;
      const req: PendingRequest = {
        url,
        init,
        respond(body, status = 200) {
          const text = typeof body === 'string' ? body : JSON.stringify(body);
          resolve(
            new Response(status === 204 ? null : text, {
              status,
              headers: { 'Content-Type': 'application/json' },
            }),
          );
        },
        fail() {
          reject(new TypeError('Failed to fetch'));
        },
        get aborted() {
          return signal?.aborted ?? false;
        },
      };
      if (honourAbort)
        signal?.addEventListener('abort', () =>
          reject(new DOMException('The operation was aborted.', 'AbortError')),
        );
      requests.push(req);
    });
  });
  return {
    requests,
    last() {
      const r = requests[requests.length - 1];
      if (!r) throw new Error('no fetch request was made');
      return r;
    },
    restore: () => spy.mockRestore(),
  };
}

/** A loader of code on demand that a test controls (see `gated`). */
export interface LoadGate {
  /** How many times the code was asked for. */
  calls: number;
  /** While true, every call fails as offline. */
  fail?: boolean;
  /** Answers the next call instead of the real loader (once), e.g. `() => Promise.reject(offlineImport())`. */
  next?: () => Promise<never>;
}

/** What an `import()` gives offline. */
export const offlineImport = (): TypeError =>
  new TypeError('Failed to fetch dynamically imported module');

/**
 * The real loader of a part, counted and controlled by `gate` (the page's connection, as a test
 * sets it). In a `vi.mock` factory of the package's loader module:
 *
 *     const gate = vi.hoisted(() => ({ calls: 0, fail: false }));
 *     vi.mock('./load.js', async (original) => {
 *       const { gated } = await import('@quartiers-douai/kit-scripts/testing');
 *       const real = await original<typeof import('./load.js')>();
 *       return { ...real, loadChecklist: gated(gate, real.loadChecklist) };
 *     });
 */
export function gated<M>(gate: LoadGate, real: () => Promise<M>): () => Promise<M> {
  return () => {
    gate.calls++;
    const next = gate.next;
    gate.next = undefined;
    if (next) return next();
    return gate.fail ? Promise.reject(offlineImport()) : real();
  };
}
