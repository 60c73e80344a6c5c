#!/usr/bin/env node
// PLACEHOLDER (h/wp-server): copies the plugin's sources to dist/quartiers-douai-kit/ so that
// `pnpm wp:start` can run before the real build lands. The real build (bundles of the kit, the
// blocks, the zip) is h/wp-client's `scripts/build.mjs`, which replaces this file at merge.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const app = fileURLToPath(new URL('..', import.meta.url));
const out = `${app}dist/quartiers-douai-kit`;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(`${app}plugin`, out, { recursive: true });
console.log(`extension copiée dans ${out}`);
