// A tiny static server on 127.0.0.1 for the embed pages, their tests and the registry round trip: files from a folder,
// plus pages held in memory (the tests' host pages), each with optional response headers (CSP).
// It answers only what it is asked (no directory listing, no path outside the folder).
// Stop it with close(); it never keeps a process alive on its own (unref).
// `compress: true` serves text files gzip-compressed to clients that accept it, as a real host
// does (GitHub Pages, the CDNs): page-performance measurements then see the bytes users download.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.txt', '.svg']);

/**
 * @param {{ root?: string, port?: number, mounts?: Record<string, string>, compress?: boolean }} options
 *   root: folder served at "/"; mounts: other folders served at a path prefix ("/app/" → folder);
 *   compress: gzip text files for clients that send `Accept-Encoding: gzip`.
 */
export async function startServer({ root, port = 0, mounts = {}, compress = false } = {}) {
  /** @type {Map<string, { body: string | Buffer, headers: Record<string, string> }>} */
  const pages = new Map();
  /** @type {Map<string, { source: Buffer, bytes: Buffer }>} */
  const compressed = new Map();
  const folders = Object.entries({ ...mounts, ...(root ? { '/': root } : {}) }).sort(
    (a, b) => b[0].length - a[0].length,
  );

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const path = decodeURIComponent(url.pathname);
      if (path === '/favicon.ico') {
        // Browsers ask for it on every page; "no content" keeps their consoles clean.
        res.writeHead(204);
        res.end();
        return;
      }
      const page = pages.get(path);
      if (page) {
        res.writeHead(200, {
          'content-type': TYPES[extname(path)] ?? TYPES['.html'],
          'cache-control': 'no-store',
          ...page.headers,
        });
        res.end(page.body);
        return;
      }
      for (const [prefix, folder] of folders) {
        if (!path.startsWith(prefix)) continue;
        const rel = path.slice(prefix.length) || 'index.html';
        const file = normalize(join(folder, rel.endsWith('/') ? `${rel}index.html` : rel));
        if (file !== folder && !file.startsWith(folder.endsWith(sep) ? folder : folder + sep))
          break;
        const body = await readFile(file).catch(() => undefined);
        if (!body) break;
        const gzip =
          compress &&
          COMPRESSIBLE.has(extname(file)) &&
          /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        // Compressed once per content, not at every request (a measured page load must not share
        // the CPU with its own server's compression).
        let gzipped = gzip ? compressed.get(file) : undefined;
        if (gzip && !gzipped?.source.equals(body)) {
          gzipped = { source: body, bytes: gzipSync(body, { level: 9 }) };
          compressed.set(file, gzipped);
        }
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
          // Like a CDN: files may be read from other sites (fetch of content, crossorigin scripts).
          'access-control-allow-origin': '*',
          ...(compress ? { vary: 'accept-encoding' } : {}),
          ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        });
        res.end(gzipped ? gzipped.bytes : body);
        return;
      }
      res.writeHead(404, { 'content-type': TYPES['.txt'] });
      res.end('404');
    } catch (error) {
      res.writeHead(500, { 'content-type': TYPES['.txt'] });
      res.end(String(error));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  server.unref();
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: actualPort,
    /** http://127.0.0.1:<port><path> */
    url: (path = '/', host = '127.0.0.1') => `http://${host}:${actualPort}${path}`,
    /** Serves `body` at `path` (exact), with extra response headers. */
    page(path, body, headers = {}) {
      pages.set(path, { body, headers });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      }),
  };
}
