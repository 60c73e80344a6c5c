#!/usr/bin/env node
// qd-agenda-ics: one or several agenda files (one per centre) → one `.ics` feed phones subscribe
// to (RFC 5545: recurring workshops as RRULE in Paris time). docs/agenda.md, « Un agenda auquel
// s'abonner ». A wrong file: the kit's French explanation on stderr, exit code 1.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { agendaFeed } from '../dist/feed.js';

const USAGE = `Usage : qd-agenda-ics fichier.json [autre-centre.json …] [-o agenda.ics]

Transforme les fichiers de l'agenda (un par centre) en un seul fichier .ics auquel un téléphone
peut s'abonner. Sans -o, le fichier .ics est écrit sur la sortie standard.
  -o, --output FICHIER   écrit le fichier .ics ici
  -h, --help             affiche cette aide
La date de création (DTSTAMP) est celle du moment, ou SOURCE_DATE_EPOCH (secondes) s'il est donné.`;

const fail = (lines, code = 1) => {
  process.stderr.write(`${lines.join('\n')}\n`);
  process.exit(code);
};

const args = process.argv.slice(2);
const inputs = [];
let output;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '-h' || a === '--help') {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  } else if (a === '-o' || a === '--output') {
    output = args[++i];
    if (!output)
      fail([`qd-agenda-ics : ${a} attend le nom du fichier .ics à écrire`, '', USAGE], 2);
  } else if (a.startsWith('-') && a !== '-') {
    fail([`qd-agenda-ics : option inconnue « ${a} »`, '', USAGE], 2);
  } else inputs.push(a);
}
if (inputs.length === 0)
  fail(['qd-agenda-ics : donnez au moins un fichier d’agenda (.json)', '', USAGE], 2);

const sources = [];
const unreadable = [];
for (const file of inputs) {
  try {
    sources.push({
      name: file === '-' ? 'entrée standard' : basename(file),
      text: readFileSync(file === '-' ? 0 : file, 'utf8').replace(/^\uFEFF/, ''),
    });
  } catch (error) {
    unreadable.push(
      `${file} : ${error?.code === 'ENOENT' ? 'fichier introuvable : vérifiez le nom et le dossier' : `lecture impossible (${error?.code ?? error})`}`,
    );
  }
}
if (unreadable.length > 0)
  fail(['qd-agenda-ics : fichier illisible', ...unreadable.map((p) => `  - ${p}`)]);

const epoch = Number(process.env.SOURCE_DATE_EPOCH);
const result = agendaFeed(
  sources,
  Number.isFinite(epoch) && process.env.SOURCE_DATE_EPOCH ? { stamp: epoch * 1000 } : {},
);
if (!result.ok)
  fail([
    `qd-agenda-ics : le contenu n'est pas valide, aucun fichier .ics n'a été écrit. À corriger :`,
    ...result.problems.map((p) => `  - ${p}`),
  ]);
for (const w of [...result.duplicates, ...result.warnings])
  process.stderr.write(`attention : ${w}\n`);
if (output) {
  writeFileSync(output, result.ics);
  process.stderr.write(`${output} : ${result.events} activité(s) écrite(s).\n`);
} else process.stdout.write(result.ics);
