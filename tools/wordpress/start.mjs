#!/usr/bin/env node
// `pnpm wp:start`: a real WordPress with a real database on 127.0.0.1, the kit's plugin active.
// Installs what is missing (Debian packages: wordpress, its French, twentytwentythree, php-cli,
// php-mysql, mariadb-server), starts MariaDB on a socket of the state folder (no systemd needed), creates the
// database and its user, writes Debian's WordPress config, installs WordPress (install.php, no
// wp-cli), links the built plugin, serves with `php -S` and prints the address and the logins
// (also in <state>/wordpress.json). Idempotent: a second start reuses what exists.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  lstatSync,
  readlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  alive,
  pluginBuild,
  port,
  readState,
  repoDir,
  stateDir,
  stateFile,
  toolDir,
} from './state.mjs';

const started = Date.now();
const say = (s) => console.log(`[wp:start] ${s}`);
const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// (wordpress-l10n: French for WordPress itself, so that the site and its admin are in French.)
const PACKAGES = [
  'wordpress',
  'wordpress-l10n',
  'wordpress-theme-twentytwentythree',
  'php-cli',
  'php-mysql',
  'mariadb-server',
];
const wpRoot = '/usr/share/wordpress';
const contentDir = join(stateDir, 'wp-content');
const dataDir = join(stateDir, 'mysql');
const socket = join(stateDir, 'mysqld.sock');
const url = `http://127.0.0.1:${port}`;
// One Debian config per state folder: /etc/wordpress/config-<name>.php, chosen by WORDPRESS_CONFIG.
const configName = `qd-kit-${port}`;
const configFile = `/etc/wordpress/config-${configName}.php`;

function installPackages() {
  const missing = PACKAGES.filter((p) => {
    try {
      return !/^install ok installed/m.test(run('dpkg-query', ['-W', '-f=${Status}\n', p]));
    } catch {
      return true;
    }
  });
  if (missing.length === 0) return;
  say(`installation des paquets Debian : ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // (as .ci/run installs Chromium: through sudo when not root)
  const root = process.getuid?.() === 0;
  const apt = (args) =>
    root
      ? execFileSync('apt-get', args, { stdio: 'inherit', env })
      : execFileSync('sudo', ['-E', 'apt-get', ...args], { stdio: 'inherit', env });
  try {
    apt(['install', '-y', '--no-install-recommends', ...missing]);
  } catch {
    apt(['update']);
    apt(['install', '-y', '--no-install-recommends', ...missing]);
  }
}

async function startDatabase(state) {
  mkdirSync(stateDir, { recursive: true });
  if (alive(state?.mysqlPid) && existsSync(socket)) return state.mysqlPid;
  const user = process.getuid?.() === 0 ? 'root' : (process.env.USER ?? 'root');
  if (!existsSync(join(dataDir, 'mysql'))) {
    say('création des données MariaDB');
    run('mariadb-install-db', [
      `--user=${user}`,
      `--datadir=${dataDir}`,
      '--auth-root-authentication-method=socket',
      '--skip-test-db',
    ]);
  }
  const log = openSync(join(stateDir, 'mariadb.log'), 'a');
  const child = spawn(
    'mariadbd',
    [
      '--no-defaults',
      `--user=${user}`,
      `--datadir=${dataDir}`,
      `--socket=${socket}`,
      `--pid-file=${join(stateDir, 'mariadb.pid')}`,
      '--skip-networking',
      '--innodb-buffer-pool-size=64M',
      '--max-connections=200',
      // A throwaway test database: flush the log once a second rather than at each commit.
      '--innodb-flush-log-at-trx-commit=2',
    ],
    { detached: true, stdio: ['ignore', log, log] },
  );
  child.unref();
  for (let i = 0; i < 120; i++) {
    try {
      run('mariadb-admin', [`--socket=${socket}`, '-uroot', 'ping']);
      say(`MariaDB démarré (pid ${child.pid})`);
      return child.pid;
    } catch {
      await sleep(250);
    }
  }
  throw new Error(`MariaDB ne démarre pas : voir ${join(stateDir, 'mariadb.log')}`);
}

function sql(statement) {
  return run('mariadb', [`--socket=${socket}`, '-uroot', '-e', statement]);
}

function writeConfig(secrets) {
  const salts = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ]
    .map((k) => `define('${k}', '${secrets.salt}${k}');`)
    .join('\n');
  const config = `<?php
// Written by tools/wordpress/start.mjs (pnpm wp:start): the kit's local test site.
define('DB_NAME', 'qd_kit');
define('DB_USER', 'qd_kit');
define('DB_PASSWORD', '${secrets.dbPassword}');
define('DB_HOST', 'localhost:${socket}');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', '${contentDir}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_PLUGIN_DIR', '${contentDir}/plugins');
define('WP_PLUGIN_URL', '${url}/wp-content/plugins');
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', '${join(stateDir, 'debug.log')}');
define('WP_DEBUG_DISPLAY', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('FS_METHOD', 'direct');
${salts}
$table_prefix = 'wp_';
`;
  if (!existsSync(configFile) || readFileSync(configFile, 'utf8') !== config) {
    writeFileSync(configFile, config, { mode: 0o640 });
    say(`configuration écrite : ${configFile}`);
  }
}

function link(target, path) {
  try {
    if (lstatSync(path).isSymbolicLink() && readlinkSync(path) === target) return;
    rmSync(path, { recursive: true, force: true });
  } catch {
    // not there yet
  }
  symlinkSync(target, path);
}

function prepareContent() {
  for (const d of ['plugins', 'themes', 'uploads', 'mu-plugins'])
    mkdirSync(join(contentDir, d), { recursive: true });
  link(join(wpRoot, 'wp-content', 'languages'), join(contentDir, 'languages'));
  link(
    join(wpRoot, 'wp-content', 'themes', 'twentytwentythree'),
    join(contentDir, 'themes', 'twentytwentythree'),
  );
  if (!existsSync(join(pluginBuild, 'quartiers-douai-kit.php')))
    throw new Error(
      `extension non construite : lancez d'abord « pnpm --filter @quartiers-douai/wordpress build » (${pluginBuild})`,
    );
  link(pluginBuild, join(contentDir, 'plugins', 'quartiers-douai-kit'));
}

async function serve(state, env) {
  if (alive(state?.phpPid)) {
    try {
      const r = await fetch(`${url}/wp-login.php`);
      if (r.ok) return state.phpPid;
    } catch {
      // not answering: start again
    }
    process.kill(-state.phpPid, 'SIGTERM');
  }
  const log = openSync(join(stateDir, 'php.log'), 'a');
  const child = spawn(
    'php',
    // OPcache on: every request boots WordPress, compiled once rather than each time.
    [
      '-d',
      'opcache.enable_cli=1',
      '-S',
      `127.0.0.1:${port}`,
      '-t',
      wpRoot,
      join(toolDir, 'router.php'),
    ],
    {
      detached: true,
      stdio: ['ignore', log, log],
      env: { ...env, PHP_CLI_SERVER_WORKERS: process.env.QD_WP_WORKERS ?? '4' },
    },
  );
  child.unref();
  for (let i = 0; i < 80; i++) {
    try {
      const r = await fetch(`${url}/wp-login.php`);
      if (r.ok) return child.pid;
    } catch {
      // not yet
    }
    await sleep(250);
  }
  throw new Error(`php -S ne répond pas : voir ${join(stateDir, 'php.log')}`);
}

const previous = readState();
installPackages();
const secrets = previous?.secrets ?? {
  dbPassword: randomBytes(12).toString('hex'),
  salt: randomBytes(24).toString('hex'),
};
const logins = previous?.logins ?? {
  admin: { user: 'admin', password: `admin-${randomBytes(6).toString('hex')}` },
  editor: { user: 'redaction', password: `redaction-${randomBytes(6).toString('hex')}` },
};
const mysqlPid = await startDatabase(previous);
sql(
  `CREATE DATABASE IF NOT EXISTS qd_kit CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; ` +
    `CREATE USER IF NOT EXISTS 'qd_kit'@'localhost' IDENTIFIED BY '${secrets.dbPassword}'; ` +
    `ALTER USER 'qd_kit'@'localhost' IDENTIFIED BY '${secrets.dbPassword}'; ` +
    `GRANT ALL PRIVILEGES ON qd_kit.* TO 'qd_kit'@'localhost'; FLUSH PRIVILEGES;`,
);
writeConfig(secrets);
prepareContent();
const env = {
  ...process.env,
  QD_WP_CONFIG: configName,
  QD_WP_CONTENT: contentDir,
  QD_WP_URL: url,
  QD_WP_ADMIN_PASSWORD: logins.admin.password,
  QD_WP_EDITOR_PASSWORD: logins.editor.password,
};
for (const step of ['install', 'setup']) {
  const out = execFileSync('php', [join(toolDir, 'install.php'), step], { env, encoding: 'utf8' });
  for (const line of out.split('\n').filter(Boolean)) say(line);
}
const phpPid = await serve(previous, env);
const state = {
  url,
  port,
  stateDir,
  contentDir,
  socket,
  repoDir,
  configFile,
  mysqlPid,
  phpPid,
  logins,
  secrets,
};
writeFileSync(stateFile, JSON.stringify(state, null, 2) + '\n', { mode: 0o600 });
say(`WordPress prêt en ${((Date.now() - started) / 1000).toFixed(1)} s : ${url}/`);
say(`administration : ${url}/wp-admin/ — ${logins.admin.user} / ${logins.admin.password}`);
say(`éditrice : ${logins.editor.user} / ${logins.editor.password}`);
say(`état : ${stateFile} ; arrêt : pnpm wp:stop`);
