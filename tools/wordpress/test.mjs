#!/usr/bin/env node
// `pnpm wp:test`, the one command CI calls: builds the plugin if it is not built, starts the
// local WordPress (`wp:start`), runs the end-to-end tests (`pnpm --filter @quartiers-douai/wordpress
// test:wp`), and stops WordPress whatever happened. Exits with the tests' status.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pluginBuild, repoDir, toolDir } from './state.mjs';

const started = Date.now();
const step = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', cwd: repoDir }).status ?? 1;

let status = 0;
if (!existsSync(join(pluginBuild, 'quartiers-douai-kit.php')))
  status = step('pnpm', ['--filter', '@quartiers-douai/wordpress', 'build']);
if (status === 0) status = step('node', [join(toolDir, 'start.mjs')]);
if (status === 0) status = step('pnpm', ['--filter', '@quartiers-douai/wordpress', 'test:wp']);
const stopped = step('node', [join(toolDir, 'stop.mjs')]);
console.log(
  `[wp:test] ${status === 0 ? 'réussi' : 'échec'} en ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(status || stopped);
