#!/usr/bin/env node
// Creates a new prototype package with the whole anatomy (see ../new-prototype.mjs).
//
//   pnpm new-prototype <nom> [--tag qd-<nom>] [--title "Mon outil"] [--root <dossier>]
//                            [--no-install] [--no-build]
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { newPrototype, UsageError } from '../new-prototype.mjs';
import { repoRoot } from '../packages.mjs';

const USAGE = `Usage : pnpm new-prototype <nom> [--tag qd-<nom>] [--title "Titre"] [--root <dossier>] [--no-install] [--no-build]

  <nom>         dossier packages/<nom> et paquet @quartiers-douai/<nom> (minuscules, chiffres, tirets)
  --tag         la balise de l'élément (par défaut qd-<nom>)
  --title       le titre en français (par défaut le nom, avec une majuscule)
  --root        la racine du kit où créer le paquet (par défaut ce dépôt)
  --no-install  sans « pnpm install » (ni mise en forme si Prettier manque)
  --no-build    sans construire le paquet (schema.json est écrit par la construction)`;

let options;
try {
  options = parseArgs({
    allowPositionals: true,
    options: {
      tag: { type: 'string' },
      title: { type: 'string' },
      root: { type: 'string' },
      'no-install': { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (e) {
  console.error(`new-prototype : ${e.message}\n\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = options;
if (values.help || positionals.length !== 1) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}

try {
  await newPrototype({
    root: values.root ? resolve(values.root) : repoRoot,
    name: positionals[0],
    tag: values.tag,
    title: values.title,
    install: !values['no-install'],
    build: !values['no-build'] && !values['no-install'],
  });
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  console.error(`new-prototype : ${e.message}\n\n${USAGE}`);
  process.exit(2);
}
