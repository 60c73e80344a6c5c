import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { create } from 'storybook/theming/create';
import manifest from '../generated/custom-elements.json';
import { withEmbed } from '../src/embed/with-embed.js';
import { LANGUAGES, SCHEMES, withLangAndScheme } from '../src/preview/with-lang-and-scheme.js';

// Attributes, events, parts and CSS properties of every package's elements (scripts/collect.mjs).
setCustomElementsManifest(manifest);

// French first: the docs and the stories are in French unless the "Langue" toolbar says otherwise.
document.documentElement.lang = 'fr';

const preview: Preview = {
  tags: ['autodocs'],
  // Inner first: the story in its page (language, colours), then its embed snippets below.
  decorators: [withLangAndScheme, withEmbed],
  initialGlobals: { lang: 'fr', scheme: 'auto' },
  globalTypes: {
    lang: {
      description: 'Langue de l’interface des composants (attribut lang de la page)',
      toolbar: { title: 'Langue', icon: 'globe', items: [...LANGUAGES], dynamicTitle: true },
    },
    scheme: {
      description: 'Couleurs : selon l’appareil, clair, sombre, ou celles d’un centre',
      toolbar: { title: 'Couleurs', icon: 'contrast', items: [...SCHEMES], dynamicTitle: true },
    },
  },
  parameters: {
    layout: 'fullscreen',
    // Every story is checked with axe: a violation fails its test (and shows in the a11y panel).
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: {
      toc: { headingSelector: 'h2, h3', title: 'Sur cette page' },
      // The system's fonts, as in the kit: no web font downloaded (Storybook's own is Nunito Sans).
      theme: create({
        base: 'light',
        fontBase: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif',
        fontCode: 'ui-monospace, "Cascadia Mono", "DejaVu Sans Mono", monospace',
      }),
    },
    options: {
      storySort: {
        order: [
          'Guide',
          [
            'Démarrer',
            'Intégrer dans votre site',
            'Écrire le contenu (JSON)',
            'Thème',
            'Accessibilité',
            'Vie privée',
            'Publier une version',
          ],
          'Composants',
          'Socle (core)',
          'Outils internes',
        ],
      },
    },
  },
};

export default preview;
