#!/usr/bin/env node
// `pnpm --filter @quartiers-douai/embed serve`: serves dist/ on http://127.0.0.1:4310 to try the
// pages by hand (build first). Ctrl+C stops it.
import { fileURLToPath } from 'node:url';
import { startServer } from '@quartiers-douai/kit-scripts/static-server';

const root = fileURLToPath(new URL('../dist', import.meta.url));
const port = Number(process.env.PORT || 4310);
const server = await startServer({ root, port });
console.log(`embed: ${server.url('/')} (Ctrl+C pour arrêter)`);
// Keep the process alive (the server is unref'd for tests).
setInterval(() => {}, 1 << 30);
