#!/usr/bin/env node
// `pnpm wp:stop`: stops the `php -S` server and MariaDB that `pnpm wp:start` started (by the
// process ids it wrote in its state file), keeping the data for the next start.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { alive, readState, stateFile } from './state.mjs';

const say = (s) => console.log(`[wp:stop] ${s}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const state = readState();
if (!state) {
  say('rien à arrêter (pas de fichier d’état).');
  process.exit(0);
}

async function stop(pid, name) {
  if (!alive(pid)) return;
  try {
    process.kill(-pid, 'SIGTERM'); // its process group: php -S and its workers
  } catch {
    process.kill(pid, 'SIGTERM');
  }
  for (let i = 0; i < 80 && alive(pid); i++) await sleep(250);
  say(`${name} arrêté (pid ${pid})`);
}

await stop(state.phpPid, 'php -S');
if (alive(state.mysqlPid)) {
  try {
    execFileSync('mariadb-admin', [`--socket=${state.socket}`, '-uroot', 'shutdown'], {
      stdio: 'ignore',
    });
  } catch {
    // falls back to the signal
  }
  await stop(state.mysqlPid, 'MariaDB');
  say('MariaDB arrêté');
}
writeFileSync(stateFile, JSON.stringify({ ...state, phpPid: 0, mysqlPid: 0 }, null, 2) + '\n', {
  mode: 0o600,
});
