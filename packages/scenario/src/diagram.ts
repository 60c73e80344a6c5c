/**
 * The diagram of a story, for the docs: a Mermaid `flowchart TD` generated from the content (never
 * drawn by hand), so that a worker sees at a glance where each choice leads and how the story can
 * end. `scripts/diagrams.mjs` writes one per sample into `docs/scenarios.md`; a test checks that
 * the page is up to date. Pure functions, no DOM: they run in Node as well as in the browser.
 */
import { richTextToPlain } from '@quartiers-douai/core';
import { allPaths, nodeOf, type StoryGraph } from './graph.js';

/** What the diagram needs of a story: its graph, and the words of its messages and choices. */
export interface DiagramStory extends StoryGraph {
  title?: string;
  characters?: ReadonlyArray<{ id: string; name: string }>;
  nodes: Readonly<
    Record<
      string,
      {
        messages: ReadonlyArray<{ from?: string | undefined; text: string }>;
        choices?: ReadonlyArray<{ text: string; next: string }> | undefined;
        end?: { kind: string; summary?: string } | undefined;
      }
    >
  >;
}

/** How an ending's kind is written in the diagram (the colour is never the only clue). */
const KIND_LABEL: Record<string, string> = {
  good: 'Fin : bonne',
  neutral: 'Fin : en demi-teinte',
  bad: 'Fin : difficile',
};

/** Colours of the endings: dark text on a light fill, readable on light and dark pages. */
const CLASS_DEFS = [
  'classDef good fill:#e3f4e8,stroke:#1e7b3a,stroke-width:2px,color:#0b3d1a',
  'classDef neutral fill:#fff4d6,stroke:#8a5a00,stroke-width:2px,color:#3d2800',
  'classDef bad fill:#fde4e4,stroke:#b3261e,stroke-width:2px,color:#5c0f0b',
  'classDef missing fill:#ffffff,stroke:#b3261e,stroke-width:2px,stroke-dasharray:4 3,color:#5c0f0b',
];

/** Words kept from a message (node label) and from a choice (edge label). */
const MESSAGE_WORDS = 8;
const CHOICE_WORDS = 6;

/**
 * Text made safe inside a quoted Mermaid label: every character Mermaid could read as syntax
 * (quotes, brackets, `#`, `<`, `>`, `|`, `;`, backquotes…) becomes a `#code;` entity, which
 * Mermaid shows as the character itself. Line breaks become spaces.
 */
export function mermaidText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[#"&<>[\]{}()|;`\\]/g, (c) => (c === '"' ? '#quot;' : `#${c.charCodeAt(0)};`));
}

/** The first `count` words of a text (plain, on one line), with "…" when some were left out. */
export function firstWords(text: string, count: number): string {
  const words = richTextToPlain(text).split(/\s+/).filter(Boolean);
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : words.join(' ');
}

/**
 * The story as a Mermaid `flowchart TD`: one box per step (its id, and the first words of its
 * first message), one arrow per choice (the first words of the choice), endings as rounded boxes
 * whose kind is written in the label and coloured (classes `good`, `neutral`, `bad`). A choice
 * that leads to a missing step draws a dashed box saying so. Same story, same text: the steps
 * come in the order of the file.
 */
export function storyToMermaid(story: DiagramStory): string {
  const ids = Object.keys(story.nodes);
  const missing = [
    ...new Set(
      ids.flatMap((id) =>
        (story.nodes[id]?.choices ?? []).map((c) => c.next).filter((n) => !nodeOf(story, n)),
      ),
    ),
  ];
  const key = new Map([...ids, ...missing].map((id, i) => [id, `n${i}`]));
  const names = new Map((story.characters ?? []).map((c) => [c.id, c.name]));
  const ends = ids.filter((id) => story.nodes[id]?.end).length;

  const lines = ['flowchart TD'];
  if (story.title !== undefined)
    lines.push(
      `  accTitle: ${story.title.replace(/\s+/g, ' ').trim()}`,
      `  accDescr: ${ids.length} étapes dont ${ends} fins ; chaque flèche est un choix.`,
    );
  for (const id of ids) {
    const node = story.nodes[id]!;
    const first = node.messages[0];
    const who = first?.from === undefined ? undefined : (names.get(first.from) ?? first.from);
    const words = first
      ? `${who ? `${who} : ` : ''}${firstWords(first.text, MESSAGE_WORDS)}`
      : node.end?.summary
        ? firstWords(node.end.summary, MESSAGE_WORDS)
        : '';
    const parts = [
      id === story.start ? `${id} (départ)` : id,
      ...(node.end ? [KIND_LABEL[node.end.kind] ?? `Fin : ${node.end.kind}`] : []),
      ...(words ? [words] : []),
    ];
    const label = parts.map(mermaidText).join('<br/>');
    lines.push(
      node.end
        ? `  ${key.get(id)}(["${label}"]):::${/^\w+$/.test(node.end.kind) ? node.end.kind : 'missing'}`
        : `  ${key.get(id)}["${label}"]`,
    );
  }
  for (const id of missing)
    lines.push(`  ${key.get(id)}["${mermaidText(`${id} : cette étape n'existe pas`)}"]:::missing`);
  for (const id of ids) {
    for (const choice of story.nodes[id]!.choices ?? []) {
      const label = mermaidText(firstWords(choice.text, CHOICE_WORDS));
      lines.push(`  ${key.get(id)} -->|"${label}"| ${key.get(choice.next)}`);
    }
  }
  lines.push(...CLASS_DEFS.map((d) => `  ${d}`));
  return lines.join('\n');
}

/** Markers of the generated part of `docs/scenarios.md`. */
export const DIAGRAMS_START = '<!-- diagrams:start -->';
export const DIAGRAMS_END = '<!-- diagrams:end -->';
/** The command that rewrites it (from the repository's root). */
export const DIAGRAMS_COMMAND =
  'pnpm --filter @quartiers-douai/scenario build && pnpm --filter @quartiers-douai/scenario diagrams';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The generated part of `docs/scenarios.md`: for each sample (`file` is its path, e.g.
 * `content/vrai-ou-fake.json`), a heading, a sentence that says what the diagram shows, and the
 * diagram in a `mermaid` code block. Files in the order given (the script sorts them by name).
 */
export function storyDiagramsMarkdown(
  samples: ReadonlyArray<{ file: string; story: DiagramStory }>,
): string {
  const parts = samples.map(({ file, story }) => {
    const ids = Object.keys(story.nodes);
    const kinds = ['good', 'neutral', 'bad'].map(
      (k) => ids.filter((id) => story.nodes[id]?.end?.kind === k).length,
    );
    const ends = kinds[0]! + kinds[1]! + kinds[2]!;
    const detail = [
      plural(kinds[0]!, 'bonne', 'bonnes'),
      `${kinds[1]} en demi-teinte`,
      plural(kinds[2]!, 'difficile', 'difficiles'),
    ].join(', ');
    const paths = allPaths(story).length;
    return [
      `### ${story.title ?? file}`,
      '',
      `\`${file}\` : ${plural(ids.length, 'étape', 'étapes')}, ${plural(ends, 'fin', 'fins')} (${detail}), ${plural(paths, 'chemin', 'chemins')} du départ à une fin.`,
      '',
      '```mermaid',
      storyToMermaid(story),
      '```',
    ].join('\n');
  });
  return [
    '<!-- Partie générée par « pnpm --filter @quartiers-douai/scenario diagrams » : ne pas modifier à la main. -->',
    '',
    ...parts.flatMap((p, i) => (i === 0 ? [p] : ['', p])),
  ].join('\n');
}

/** What is between the markers of `doc` (without the blank lines around), or undefined. */
export function diagramsSectionOf(doc: string): string | undefined {
  const from = doc.indexOf(DIAGRAMS_START);
  const to = doc.indexOf(DIAGRAMS_END);
  if (from < 0 || to < from) return undefined;
  return doc.slice(from + DIAGRAMS_START.length, to).trim();
}

/** `doc` with `section` between its markers (an error if the markers are not there). */
export function withDiagramsSection(doc: string, section: string): string {
  const from = doc.indexOf(DIAGRAMS_START);
  const to = doc.indexOf(DIAGRAMS_END);
  if (from < 0 || to < from)
    throw new Error(`les repères ${DIAGRAMS_START} et ${DIAGRAMS_END} manquent dans la page`);
  return `${doc.slice(0, from + DIAGRAMS_START.length)}\n\n${section}\n\n${doc.slice(to)}`;
}
