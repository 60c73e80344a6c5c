/**
 * Tests of the embed snippets mechanism itself (not shown in the sidebar: tag `!dev`). The data
 * here is a fixture in the shape of `generated/embeds.json`; real pages only use the build's.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import './embed-panel.js';
import { embedSnippets, type EmbedData } from './snippets.js';

const fixture: EmbedData = {
  packages: {
    '@quartiers-douai/exemple': {
      name: '@quartiers-douai/exemple',
      version: '1.2.3',
      shortName: 'exemple',
      description: 'Paquet fictif pour les tests',
      private: false,
      define: true,
      tags: [
        { tag: 'qd-exemple', className: 'QdExemple', summary: 'Un exemple', attributes: ['src'] },
        {
          tag: 'qd-exemple-apercu',
          className: 'QdExempleApercu',
          summary: 'Son aperçu',
          attributes: [],
        },
      ],
      cdn: {
        file: 'exemple.js',
        url: 'https://cdn.jsdelivr.net/npm/@quartiers-douai/exemple@1.2.3/dist/cdn/exemple.js',
        integrity: 'sha384-AAAA',
        bytes: 20480,
        gzip: 8192,
        brotli: 7168,
      },
      iframe: {
        tag: 'qd-exemple',
        url: 'https://exemple.test/embed/exemple.html',
        reads: ['src', 'content', 'lang', 'theme', 'parent', 'easy', 'read-aloud'],
      },
    },
    '@quartiers-douai/pas-construit': {
      name: '@quartiers-douai/pas-construit',
      version: '0.1.0',
      shortName: 'pas-construit',
      description: '',
      private: false,
      define: true,
      tags: [],
      cdn: null,
      iframe: null,
      problem: 'pas encore construit (dist/cdn/manifest.json manquant) : lancez « pnpm build »',
    },
  },
};

const meta = {
  title: 'Outils internes/Extraits d’intégration',
  tags: ['!dev', '!autodocs', 'internal'],
} satisfies Meta;
export default meta;

type Story = StoryObj;

/** The snippets, exactly. */
export const Snippets: Story = {
  name: 'Extraits exacts',
  render: () => html`<p>Extraits calculés par embedSnippets().</p>`,
  play: async () => {
    const r = embedSnippets(
      {
        packageName: '@quartiers-douai/exemple',
        tag: 'qd-exemple',
        attributes: { src: 'contenus/quiz "1".json', easy: true, storage: false, lang: undefined },
      },
      fixture,
    );
    if (!r.ok) throw new Error(r.reason);
    await expect(r.npm.install).toBe('npm i @quartiers-douai/exemple');
    await expect(r.npm.module).toBe("import '@quartiers-douai/exemple/define';");
    await expect(r.npm.markup).toBe(
      '<qd-exemple src="contenus/quiz &quot;1&quot;.json" easy></qd-exemple>',
    );
    await expect(r.cdn).toBe(
      '<script type="module" src="https://cdn.jsdelivr.net/npm/@quartiers-douai/exemple@1.2.3/dist/cdn/exemple.js" integrity="sha384-AAAA" crossorigin="anonymous"></script>\n' +
        '<qd-exemple src="contenus/quiz &quot;1&quot;.json" easy></qd-exemple>',
    );
    await expect(r.iframe.ok ? r.iframe.code : r.iframe.reason).toBe(
      '<iframe src="https://exemple.test/embed/exemple.html?src=https%3A%2F%2Fvotre-site.fr%2Fcontenus%2Fquiz+%221%22.json&amp;easy=" title="Un exemple" width="100%" height="600" loading="lazy" style="border: 0; max-width: 100%"></iframe>\n' +
        '<script src="https://exemple.test/embed/resize.js" defer></script>',
    );
    await expect(r.notes).toHaveLength(1);

    // Where answers go never comes from an iframe page's address: not in the link, and said.
    const collecting = embedSnippets(
      {
        packageName: '@quartiers-douai/exemple',
        tag: 'qd-exemple',
        attributes: { src: 'https://site.test/s.json', action: '/reponses', collect: 'demo' },
      },
      fixture,
    );
    if (!collecting.ok || !collecting.iframe.ok) throw new Error('no iframe snippet');
    await expect(collecting.iframe.code).toContain(
      'exemple.html?src=https%3A%2F%2Fsite.test%2Fs.json"',
    );
    await expect(collecting.notes.join('\n')).toContain(
      "Iframe : « action », « collect » ne se règle(nt) pas par l'adresse d'une page iframe",
    );
    await expect(collecting.cdn).toContain('action="/reponses" collect="demo"');

    // Only the element the iframe page shows gets an iframe snippet.
    const other = embedSnippets(
      { packageName: '@quartiers-douai/exemple', tag: 'qd-exemple-apercu' },
      fixture,
    );
    await expect(other.ok && !other.iframe.ok && other.iframe.reason).toContain(
      'montre <qd-exemple>',
    );

    const unknownTag = embedSnippets(
      { packageName: '@quartiers-douai/exemple', tag: 'qd-quiz' },
      fixture,
    );
    await expect(unknownTag.ok).toBe(false);
    const notBuilt = embedSnippets(
      { packageName: '@quartiers-douai/pas-construit', tag: 'qd-x' },
      fixture,
    );
    await expect(notBuilt.ok ? '' : notBuilt.reason).toContain('pas encore construit');
    const unknownPackage = embedSnippets(
      { packageName: '@quartiers-douai/inconnu', tag: 'qd-x' },
      fixture,
    );
    await expect(unknownPackage.ok).toBe(false);
  },
};

let copied: string[] = [];

/** "Copier" puts the snippet in the clipboard and says "Copié" in a status region. */
export const CopyButton: Story = {
  name: 'Bouton Copier',
  render: () =>
    html`<qd-sb-embed
      package="@quartiers-douai/exemple"
      tag="qd-exemple"
      .snippetAttributes=${{ src: 'https://mon-centre.fr/quiz.json' }}
      .data=${fixture}
      open
    ></qd-sb-embed>`,
  beforeEach: () => {
    copied = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    return () => {
      delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    };
  },
  play: async ({ canvasElement }) => {
    const panel = canvasElement.querySelector('qd-sb-embed')!;
    await waitFor(() => expect(panel.shadowRoot).toBeTruthy());
    const view = within(panel.shadowRoot as unknown as HTMLElement);
    const status = view.getByRole('status');
    await expect(status).toHaveTextContent('');
    await userEvent.click(view.getByRole('button', { name: 'Copier : Script et balise (HTML)' }));
    await waitFor(() => expect(status).toHaveTextContent('Copié'));
    await expect(copied[0]).toContain('integrity="sha384-AAAA"');
    await expect(copied[0]).toContain(
      '<qd-exemple src="https://mon-centre.fr/quiz.json"></qd-exemple>',
    );
    await userEvent.click(view.getByRole('button', { name: 'Copier : 1. Installer le paquet' }));
    await waitFor(() => expect(copied[1]).toBe('npm i @quartiers-douai/exemple'));
    await expect(status).toHaveTextContent('Copié');
  },
};

/** A package that is not built yet: an explanation, never a made-up snippet. */
export const NotBuilt: Story = {
  name: 'Paquet pas encore construit',
  render: () =>
    html`<qd-sb-embed
      package="@quartiers-douai/pas-construit"
      tag="qd-x"
      .data=${fixture}
    ></qd-sb-embed>`,
  play: async ({ canvasElement }) => {
    const panel = canvasElement.querySelector('qd-sb-embed')!;
    await waitFor(() => expect(panel.shadowRoot?.textContent).toContain('pas encore construit'));
    await expect(panel.shadowRoot!.querySelector('pre')).toBeNull();
  },
};
