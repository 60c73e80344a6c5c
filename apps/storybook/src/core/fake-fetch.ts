/**
 * Stories that show loading and network errors answer `fetch` themselves, for addresses under
 * `/__qd-sb__/` only (Storybook's own requests go through). One route per address, so the stories
 * of a docs page, all shown at once, do not answer for each other. Use in `beforeEach`, which
 * removes the route when the story is left.
 */
export const FAKE_PREFIX = '/__qd-sb__/';

type Handler = (init: RequestInit | undefined, call: number) => Promise<Response>;

const routes = new Map<string, { handler: Handler; calls: number }>();
let realFetch: typeof window.fetch | undefined;

function patchedFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
  if (!url.pathname.startsWith(FAKE_PREFIX)) return realFetch!(input, init);
  const route = routes.get(url.pathname.slice(FAKE_PREFIX.length));
  if (!route) return Promise.resolve(new Response('', { status: 404 }));
  route.calls += 1;
  return route.handler(init, route.calls);
}

/** Answers `FAKE_PREFIX + name` with `handler` (its 2nd argument counts the calls); returns the cleanup. */
export function fakeRoute(name: string, handler: Handler): () => void {
  if (!realFetch) {
    realFetch = window.fetch;
    window.fetch = patchedFetch;
  }
  routes.set(name, { handler, calls: 0 });
  return () => {
    routes.delete(name);
    if (routes.size === 0 && realFetch) {
      window.fetch = realFetch;
      realFetch = undefined;
    }
  };
}

/** A server that never answers (until the request is abandoned). */
export const never: Handler = (init) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () =>
      reject(new DOMException('Abandonné', 'AbortError')),
    );
  });

/** A JSON answer. */
export const json = (body: unknown, status = 200): Promise<Response> =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }),
  );

/** A network failure (no connection). */
export const offline = (): Promise<Response> => Promise.reject(new TypeError('Failed to fetch'));
