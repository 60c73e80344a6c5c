// Where the local WordPress of `pnpm wp:start` keeps its state, and how to read it.
// Everything lives under one state folder (default: tools/wordpress/.state of this checkout, or
// $QD_WP_STATE): the MariaDB data and socket, the WordPress content folder (plugins, themes,
// uploads), the logs, the pids and `wordpress.json` (address, logins) that the tests read.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const toolDir = dirname(fileURLToPath(import.meta.url));
export const repoDir = resolve(toolDir, '..', '..');
export const stateDir = resolve(process.env.QD_WP_STATE ?? join(toolDir, '.state'));
export const stateFile = join(stateDir, 'wordpress.json');
export const port = Number(process.env.QD_WP_PORT ?? 8890);
export const pluginBuild = join(repoDir, 'apps', 'wordpress', 'dist', 'quartiers-douai-kit');

/** The running WordPress as `wp:start` wrote it, or undefined. */
export function readState() {
  return existsSync(stateFile) ? JSON.parse(readFileSync(stateFile, 'utf8')) : undefined;
}

/** Whether a process id is alive (a zombie left unreaped by a container's init is not). */
export function alive(pid) {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}
