/**
 * The long-form guides live once, in French, in the repository's `docs/*.md` (read on GitHub and
 * here). The MDX pages of this app render them with the `Markdown` block; links between guides
 * (`theme.md`, `./integrer.md#wordpress`) become links between the pages of this app.
 */
const files = import.meta.glob<string>('../../../../docs/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** Guide file (without `.md`) → title of its page under "Guide/". */
export const GUIDES = {
  demarrer: 'Démarrer',
  integrer: 'Intégrer dans votre site',
  'ecrire-le-contenu': 'Écrire le contenu (JSON)',
  theme: 'Thème',
  accessibilite: 'Accessibilité',
  'vie-privee': 'Vie privée',
  release: 'Publier une version',
} as const;
export type GuideName = keyof typeof GUIDES;

/** Storybook's id of a title (same rule as storybook/internal/csf `sanitize`). */
function sanitize(title: string): string {
  return title
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');
}

/** `?path=/docs/guide-thème--documentation`, the address of a guide's page in this app. */
export function guideHref(name: GuideName): string {
  return `?path=/docs/${sanitize(`Guide/${GUIDES[name]}`)}--documentation`;
}

/** Where the other files of `docs/` are read (architecture, decisions…): the repository. */
export const REPOSITORY_DOCS = 'https://github.com/quartiers-douai/kit/blob/main/docs/';

/**
 * Markdown links to a file of `docs/` (`](theme.md)`, `](./docs/theme.md#x)`): to its page here
 * when it is a guide, else to the file in the repository.
 */
function linkGuides(markdown: string): string {
  return markdown.replace(
    /\]\((?:\.{0,2}\/)*(?:docs\/)?([\w/-]+)\.md(#[^)\s]*)?\)/g,
    (_whole, name: string, hash: string | undefined) =>
      name in GUIDES
        ? `](${guideHref(name as GuideName)})`
        : `](${REPOSITORY_DOCS}${name}.md${hash ?? ''})`,
  );
}

/** The text of `docs/<name>.md`, ready for the `Markdown` block. */
export function guide(name: GuideName): string {
  const text = files[`../../../../docs/${name}.md`];
  if (text === undefined) {
    return `# ${GUIDES[name]}\n\n> **Page en cours de rédaction.** Le texte de ce guide sera dans \`docs/${name}.md\`.`;
  }
  return linkGuides(text);
}
