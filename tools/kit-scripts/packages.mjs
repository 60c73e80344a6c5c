// The kit's packages, discovered by globbing packages/*/package.json — never a hand-written list,
// so that every new prototype is packed, checked, embedded and published like the others.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo's root (this file is tools/kit-scripts/packages.mjs). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * @typedef {object} KitPackage
 * @property {string} dir        absolute folder
 * @property {string} folder     folder name under packages/ (e.g. "parental-guide")
 * @property {string} name       npm name (e.g. "@quartiers-douai/quiz")
 * @property {string} shortName  last part of the npm name (e.g. "quiz")
 * @property {string} version
 * @property {boolean} private
 * @property {string | undefined} tag  the main element ("qd.tag"): set for prototypes only
 * @property {Record<string, any>} pkg the parsed package.json
 */

/** @returns {KitPackage[]} every packages/<folder>/package.json, sorted by folder. */
export function kitPackages(root = repoRoot) {
  const base = join(root, 'packages');
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(base, d.name, 'package.json')))
    .map((d) => d.name)
    .sort()
    .map((folder) => {
      const dir = join(base, folder);
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return {
        dir,
        folder,
        name: pkg.name,
        shortName: String(pkg.name).split('/').pop(),
        version: pkg.version,
        private: pkg.private === true,
        tag: typeof pkg.qd?.tag === 'string' ? pkg.qd.tag : undefined,
        pkg,
      };
    });
}

/** The packages published to npm (not "private"). */
export const publishablePackages = (root = repoRoot) => kitPackages(root).filter((p) => !p.private);

/** The prototypes: packages that declare their element in package.json "qd.tag". */
export const prototypePackages = (root = repoRoot) =>
  kitPackages(root).filter((p) => p.tag && !p.private);

/**
 * Turbo builds a package before another only if the second depends on it. A consumer that needs
 * *every* package built (embed pages, pack checks) lists them as `workspace:*` devDependencies;
 * this fails, with the command that fixes it, when a new package is missing from that list.
 * @param {string} consumerDir folder of the consumer's package.json
 * @param {KitPackage[]} needed
 */
export function assertDependsOnAll(consumerDir, needed) {
  const consumer = JSON.parse(readFileSync(join(consumerDir, 'package.json'), 'utf8'));
  const deps = { ...consumer.dependencies, ...consumer.devDependencies };
  const missing = needed.filter((p) => !deps[p.name]);
  if (missing.length > 0) {
    const where = relative(repoRoot, consumerDir) || '.';
    const names = missing.map((p) => `${p.name}@workspace:*`).join(' ');
    throw new Error(
      `${consumer.name} (${where}) doit dépendre de chaque paquet pour que turbo les construise avant lui. ` +
        `Manque : ${missing.map((p) => p.name).join(', ')}.\n` +
        `Corrigez avec : pnpm --filter ${consumer.name} add -D ${names}`,
    );
  }
}
