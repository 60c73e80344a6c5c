/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import mermaid from 'mermaid';
import doc from '../../../docs/scenarios.md?raw';
import {
  DIAGRAMS_COMMAND,
  diagramsSectionOf,
  firstWords,
  mermaidText,
  storyDiagramsMarkdown,
  storyToMermaid,
  withDiagramsSection,
  type DiagramStory,
} from './diagram.js';
import { clone, samples, tinyStory } from './fixtures.js';

/** The sample files as the script reads them: `content/<name>.json`, sorted by name. */
const files = Object.entries(
  import.meta.glob<DiagramStory>('../content/*.json', { eager: true, import: 'default' }),
)
  .map(([path, story]) => ({ file: path.replace('../', ''), story }))
  .sort((a, b) => a.file.localeCompare(b.file));

const tiny = tinyStory as DiagramStory;

/** A box: `n3["…"]`, or a rounded ending `n3(["…"]):::good`; the label is one quoted string. */
const NODE_LINE = /^ {2}(n\d+)(?:\["([^"]*)"\]|\(\["([^"]*)"\]\))(?::::(\w+))?$/;
/** An arrow: `n0 -->|"…"| n1`. */
const EDGE_LINE = /^ {2}(n\d+) -->\|"([^"]*)"\| (n\d+)$/;

function parts(diagram: string) {
  const lines = diagram.split('\n');
  const nodes = lines.flatMap((l) => {
    const m = NODE_LINE.exec(l);
    return m ? [{ key: m[1]!, label: (m[2] ?? m[3])!, ending: m[3] !== undefined, cls: m[4] }] : [];
  });
  const edges = lines.flatMap((l) => {
    const m = EDGE_LINE.exec(l);
    return m ? [{ from: m[1]!, label: m[2]!, to: m[3]! }] : [];
  });
  return { lines, nodes, edges };
}

/** Mermaid's own parser (the one GitHub runs) accepts the diagram. */
async function parses(diagram: string): Promise<void> {
  await expect(mermaid.parse(diagram)).resolves.toMatchObject({ diagramType: 'flowchart-v2' });
}

describe('storyToMermaid', () => {
  describe('rendering', () => {
    it('draws the tiny story: one box per step, one arrow per choice, endings by kind', () => {
      expect(storyToMermaid(tiny)).toBe(
        [
          'flowchart TD',
          '  accTitle: La petite histoire',
          '  accDescr: 5 étapes dont 3 fins ; chaque flèche est un choix.',
          '  n0["debut #40;départ#41;<br/>Mercredi, 17 h. Le groupe de la classe…"]',
          '  n1["montre<br/>Sam : Tu la partages dans le groupe ?"]',
          '  n2(["ignore<br/>Fin : en demi-teinte<br/>La photo circule quand même."]):::neutral',
          '  n3(["fin-bien<br/>Fin : bonne<br/>Inès : Merci de m’avoir défendue."]):::good',
          '  n4(["fin-mal<br/>Fin : difficile<br/>Inès : Pourquoi tout le monde rit de moi ?"]):::bad',
          '  n0 -->|"Je regarde la photo"| n1',
          '  n0 -->|"Je ne réponds pas"| n2',
          '  n1 -->|"Non, et je dis à Sam…"| n3',
          '  n1 -->|"Je la partage"| n4',
          '  classDef good fill:#e3f4e8,stroke:#1e7b3a,stroke-width:2px,color:#0b3d1a',
          '  classDef neutral fill:#fff4d6,stroke:#8a5a00,stroke-width:2px,color:#3d2800',
          '  classDef bad fill:#fde4e4,stroke:#b3261e,stroke-width:2px,color:#5c0f0b',
          '  classDef missing fill:#ffffff,stroke:#b3261e,stroke-width:2px,stroke-dasharray:4 3,color:#5c0f0b',
        ].join('\n'),
      );
    });

    it('is deterministic: the same story gives the same text, whatever object it comes in', () => {
      expect(storyToMermaid(clone(tiny))).toBe(storyToMermaid(tiny));
      for (const { story } of files)
        expect(storyToMermaid(clone(story))).toBe(storyToMermaid(story));
    });

    it('writes the kind of each ending in its label, not only in its colour', () => {
      const { nodes } = parts(storyToMermaid(tiny));
      const endings = nodes.filter((n) => n.ending);
      expect(endings.map((n) => [n.cls, n.label.split('<br/>')[1]])).toEqual([
        ['neutral', 'Fin : en demi-teinte'],
        ['good', 'Fin : bonne'],
        ['bad', 'Fin : difficile'],
      ]);
    });

    it('shortens long messages and choices to their first words, with "…"', () => {
      expect(firstWords('un deux trois quatre', 3)).toBe('un deux trois…');
      expect(firstWords('un **deux**\n\ntrois', 3)).toBe('un deux trois');
      const long = clone(tiny);
      long.nodes['debut']!.choices![0]!.text =
        'Je regarde la photo puis je la montre à toute la classe';
      expect(storyToMermaid(long)).toContain('n0 -->|"Je regarde la photo puis je…"| n1');
    });

    it('draws a choice that leads to a missing step as a dashed box that says so', () => {
      const broken = clone(tiny);
      broken.nodes['montre']!.choices![1]!.next = 'nulle-part';
      const text = storyToMermaid(broken);
      expect(text).toContain('  n5["nulle-part : cette étape n\'existe pas"]:::missing');
      expect(text).toContain('  n1 -->|"Je la partage"| n5');
    });

    it('still labels a step without messages (an ending by its summary)', () => {
      const bare = clone(tiny);
      bare.nodes['ignore']!.messages = [];
      expect(storyToMermaid(bare)).toContain(
        'n2(["ignore<br/>Fin : en demi-teinte<br/>Vous n’avez rien fait de mal, mais la…"]):::neutral',
      );
    });
  });

  describe('escaping', () => {
    const hostile =
      'Il a dit "stop" ]) --> x[ #1 <script>alert(1)</script> {a} (b) | c ; d `e` & f \\';
    const story: DiagramStory = {
      title: 'Titre\nsur deux lignes',
      start: 'end',
      characters: [{ id: 'x', name: 'X"]' }],
      nodes: {
        end: {
          messages: [{ from: 'x', text: hostile }],
          choices: [{ text: 'Choix | -->|"piège"| n0 ; #', next: 'a"]' }],
        },
        'a"]': {
          messages: [{ text: '[lien](https://exemple.fr) et <b>gras</b>' }],
          end: { kind: 'bad', summary: 'Fin' },
        },
      },
    };

    it('turns every character Mermaid could read as syntax into an entity', () => {
      expect(mermaidText('"#<>[]{}()|;`&\\')).toBe(
        '#quot;#35;#60;#62;#91;#93;#123;#125;#40;#41;#124;#59;#96;#38;#92;',
      );
      expect(mermaidText(' deux\nlignes ')).toBe('deux lignes');
    });

    it('keeps hostile text inside its label: every line is still a box, an arrow or a style', () => {
      const { lines, nodes, edges } = parts(storyToMermaid(story));
      expect(nodes).toHaveLength(2);
      expect(edges).toEqual([{ from: 'n0', to: 'n1', label: expect.any(String) as string }]);
      for (const line of lines.slice(3))
        expect(NODE_LINE.test(line) || EDGE_LINE.test(line) || /^ {2}classDef /.test(line)).toBe(
          true,
        );
      for (const { label } of [...nodes, ...edges])
        expect(label.replaceAll('<br/>', '').replace(/#\w+;/g, '')).not.toMatch(/[<>"|[\](){}`;#]/);
      expect(lines[1]).toBe('  accTitle: Titre sur deux lignes');
    });

    it('is accepted by the Mermaid parser (which refuses the same text unescaped)', async () => {
      await expect(mermaid.parse(`flowchart TD\n  n0["${hostile}"]`)).rejects.toThrow();
      await parses(storyToMermaid(story));
      await parses(storyToMermaid(tiny));
    });
  });

  describe.each(files)('$file', ({ story }) => {
    const text = storyToMermaid(story);
    const { nodes, edges } = parts(text);
    const ids = Object.keys(story.nodes);

    it('has every step, with its id in its label, and every ending styled by its kind', () => {
      expect(nodes).toHaveLength(ids.length);
      ids.forEach((id, i) => {
        const node = nodes[i]!;
        expect(node.key).toBe(`n${i}`);
        expect(node.label.split('<br/>')[0]).toBe(
          mermaidText(id === story.start ? `${id} (départ)` : id),
        );
        expect([node.ending, node.cls]).toEqual(
          story.nodes[id]!.end ? [true, story.nodes[id]!.end.kind] : [false, undefined],
        );
      });
    });

    it('has every choice as an arrow from its step to the step it leads to', () => {
      const expected = ids.flatMap((id, i) =>
        (story.nodes[id]!.choices ?? []).map((c) => ({
          from: `n${i}`,
          to: `n${ids.indexOf(c.next)}`,
          label: mermaidText(firstWords(c.text, 6)),
        })),
      );
      expect(edges).toEqual(expected);
    });

    it('is accepted by the Mermaid parser', async () => {
      await parses(text);
    });
  });
});

describe('docs/scenarios.md', () => {
  it('has the diagrams of the samples as they are now', () => {
    expect(files.map((f) => f.file)).toHaveLength(Object.keys(samples).length);
    const section = diagramsSectionOf(doc);
    expect(
      section,
      'repères <!-- diagrams:start --> / <!-- diagrams:end --> manquants',
    ).toBeDefined();
    expect(
      section === storyDiagramsMarkdown(files),
      `docs/scenarios.md n'est pas à jour avec content/*.json : lancez « ${DIAGRAMS_COMMAND} » depuis la racine du dépôt`,
    ).toBe(true);
  });

  it('the section is replaced between its markers, the rest of the page is kept', () => {
    const page = 'avant\n<!-- diagrams:start -->\nvieux\n<!-- diagrams:end -->\naprès\n';
    const next = withDiagramsSection(page, 'neuf');
    expect(next).toBe('avant\n<!-- diagrams:start -->\n\nneuf\n\n<!-- diagrams:end -->\naprès\n');
    expect(diagramsSectionOf(next)).toBe('neuf');
    expect(() => withDiagramsSection('sans repères', 'x')).toThrow(/repères/);
  });
});
