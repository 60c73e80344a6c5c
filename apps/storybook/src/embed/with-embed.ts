import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import './embed-panel.js';
import type { Attributes, EmbedParameter } from './snippets.js';

/** The attributes of the snippet: fixed, or computed from the story's current args. */
export function embedAttributes(embed: EmbedParameter, args: Record<string, unknown>): Attributes {
  return typeof embed.attributes === 'function' ? embed.attributes(args) : (embed.attributes ?? {});
}

/**
 * Shows the embed snippets (npm, CDN, iframe) under every story that opts in with
 * `parameters: { embed: { package: '@quartiers-douai/quiz', tag: 'qd-quiz', attributes: { src: 'contenu.json' } } }`.
 * Unfolded on the story's own page, folded in the docs page (one per story there).
 */
export const withEmbed: Decorator = (story, context) => {
  const embed = context.parameters['embed'] as EmbedParameter | undefined;
  if (!embed) return story();
  return html`${story()}
    <qd-sb-embed
      package=${embed.package}
      tag=${embed.tag}
      .snippetAttributes=${embedAttributes(embed, context.args)}
      embed-title=${embed.title ?? ''}
      height=${embed.height ?? 600}
      ?open=${context.viewMode !== 'docs'}
    ></qd-sb-embed>`;
};
