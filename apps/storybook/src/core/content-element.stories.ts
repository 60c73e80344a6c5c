import {
  coreMessages,
  toLocale,
  translate,
  type CoreKey,
  type Params,
} from '@quartiers-douai/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, within } from 'storybook/test';
import './demo-element.js';
import { demoContent, demoContentAr, demoInvalidContent, type QdSbDemo } from './demo-element.js';
import { FAKE_PREFIX, fakeRoute, json, never, offline } from './fake-fetch.js';
import { story } from '../story-helpers.js';

interface Args {
  content?: unknown;
  src?: string;
  easy?: boolean;
  readAloud?: boolean;
}

/** The demo element, once it has a shadow root; `view` queries it as a user perceives it (roles, names). */
const shadow = (canvas: HTMLElement) =>
  story<QdSbDemo>(canvas, 'qd-sb-demo', (el) => expect(el.shadowRoot).toBeTruthy());

/** A UI string of core in the story's language (toolbar "Langue"), so tests pass in every language. */
function ui(globals: Record<string, unknown>, key: CoreKey, params?: Params): string {
  return translate([coreMessages], toLocale(String(globals['lang'] ?? 'fr')), key, params);
}

const meta = {
  title: 'Socle (core)/Élément de contenu',
  parameters: {
    docs: {
      description: {
        component:
          'Tout prototype du kit hérite de `QdContentElement` (`@quartiers-douai/core`) : contenu par propriété, attribut `src` ou bloc JSON, validation avec des erreurs en français, chargement, langues (fr, en, ar), Facile à lire, lecture à voix haute. `<qd-sb-demo>` est un exemple minimal, propre à cette documentation.',
      },
    },
  },
  argTypes: {
    content: { control: 'object', description: 'Le contenu (objet JSON), prioritaire sur `src`.' },
    src: { control: 'text', description: 'Adresse d’un fichier de contenu JSON.' },
    easy: { control: 'boolean', description: 'Texte « Facile à lire » (FALC).' },
    readAloud: { control: 'boolean', name: 'read-aloud', description: 'Boutons « Écouter ».' },
  },
  render: (args) =>
    html`<qd-sb-demo
      .content=${args.content}
      src=${ifDefined(args.src)}
      ?easy=${args.easy}
      ?read-aloud=${args.readAloud}
    ></qd-sb-demo>`,
} satisfies Meta<Args>;
export default meta;

type Story = StoryObj<Args>;

/** Valid content, given as a property. Change it in the "Controls" panel. */
export const Playground: Story = {
  name: 'Contenu valide',
  args: { content: demoContent },
  play: async ({ canvasElement }) => {
    const { view } = await shadow(canvasElement);
    await expect(
      await view.findByRole('heading', { name: 'Atelier cuisine du jeudi' }),
    ).toBeVisible();
  },
};

/** The easy-to-read (FALC) variant of the title. */
export const EasyRead: Story = {
  name: 'Facile à lire',
  args: { content: demoContent, easy: true },
  play: async ({ canvasElement }) => {
    const { view } = await shadow(canvasElement);
    await expect(
      await view.findByRole('heading', { name: 'Cuisiner ensemble le jeudi' }),
    ).toBeVisible();
  },
};

/**
 * Invalid content: instead of a blank space, the worker who wrote the file sees each mistake, where
 * it is (JSON path) and what to change, in French.
 */
export const InvalidContent: Story = {
  name: 'Erreur de contenu (panneau en français)',
  args: { content: demoInvalidContent },
  play: async ({ canvasElement, globals }) => {
    const { view } = await shadow(canvasElement);
    const alert = await view.findByRole('alert');
    await expect(
      within(alert).getByRole('heading', { name: ui(globals, 'invalidTitle') }),
    ).toBeVisible();
    await expect(alert).toHaveTextContent(ui(globals, 'invalidIntro', { count: 3 }));
    // What is wrong is always said in French: it is for the worker who wrote the file.
    await expect(alert).toHaveTextContent('title : le champ « title » est obligatoire');
    await expect(alert).toHaveTextContent('paragraphs[1] : ce texte est vide');
    await expect(alert).toHaveTextContent(ui(globals, 'invalidHint'));
  },
};

/** A content file that takes long to arrive: a status message, announced once. */
export const Loading: Story = {
  name: 'Chargement',
  args: { src: `${FAKE_PREFIX}contenu-lent.json` },
  beforeEach: () => fakeRoute('contenu-lent.json', never),
  play: async ({ canvasElement, globals }) => {
    const { el, view } = await shadow(canvasElement);
    await expect(await view.findByText(ui(globals, 'loading'))).toBeVisible();
    await expect(el.contentStatus).toBe('loading');
  },
};

/** The file is not there (404): the message says what to check, and "Réessayer" loads again. */
export const FetchError: Story = {
  name: 'Erreur de chargement',
  args: { src: `${FAKE_PREFIX}contenu-introuvable.json` },
  beforeEach: () =>
    fakeRoute('contenu-introuvable.json', () => json({ message: 'introuvable' }, 404)),
  play: async ({ canvasElement, globals }) => {
    const { view } = await shadow(canvasElement);
    const alert = await view.findByRole('alert');
    await expect(alert).toHaveTextContent(ui(globals, 'fetchNotFound'));
    await expect(within(alert).getByRole('button', { name: ui(globals, 'retry') })).toBeEnabled();
  },
};

/** The connection drops, then comes back: "Réessayer" shows the content. */
export const RetryAfterOffline: Story = {
  name: 'Réessayer après une coupure',
  args: { src: `${FAKE_PREFIX}contenu.json` },
  beforeEach: () =>
    fakeRoute('contenu.json', (_init, call) => (call === 1 ? offline() : json(demoContent))),
  play: async ({ canvasElement, globals }) => {
    const { view } = await shadow(canvasElement);
    const alert = await view.findByRole('alert');
    await expect(alert).toHaveTextContent(ui(globals, 'fetchNetwork'));
    await userEvent.click(within(alert).getByRole('button', { name: ui(globals, 'retry') }));
    await expect(
      await view.findByRole('heading', { name: 'Atelier cuisine du jeudi' }),
    ).toBeVisible();
  },
};

/**
 * Arabic: the page says `lang="ar"` (toolbar "Langue"), so the interface of the component is in
 * Arabic and runs right to left; the content carries its own `lang`.
 */
export const Arabic: Story = {
  name: 'Arabe (de droite à gauche)',
  globals: { lang: 'ar' },
  render: () =>
    html`<qd-sb-demo .content=${demoContentAr} read-aloud></qd-sb-demo>
      <qd-sb-demo src=${`${FAKE_PREFIX}introuvable.json`}></qd-sb-demo>`,
  beforeEach: () => fakeRoute('introuvable.json', () => json({}, 404)),
  play: async ({ canvasElement }) => {
    const [content, failed] = canvasElement.querySelectorAll<QdSbDemo>('qd-sb-demo');
    await content!.updateComplete;
    const base = content!.shadowRoot!.querySelector('[part="base"]');
    await expect(base).toHaveAttribute('dir', 'rtl');
    await expect(base).toHaveAttribute('lang', 'ar');
    const view = within(failed!.shadowRoot as unknown as HTMLElement);
    await expect(await view.findByRole('button', { name: 'أعد المحاولة' })).toBeVisible();
    await expect(view.getByRole('alert')).toHaveTextContent('تعذّر تحميل المحتوى');
  },
};

/** English interface (toolbar "Langue"), same French content. */
export const English: Story = {
  name: 'Anglais',
  globals: { lang: 'en' },
  args: { content: demoInvalidContent },
  play: async ({ canvasElement }) => {
    const { view } = await shadow(canvasElement);
    await expect(
      await view.findByRole('heading', { name: 'This content cannot be shown' }),
    ).toBeVisible();
  },
};
