/**
 * What "Besoin d'aide ?" lists, without DOM: the national helplines when the content is missing or
 * not loaded yet, and the centre (the content's, the page's attributes over it).
 */
import type { GuideOwnKey } from '../messages.js';
import type { Centre, Resource } from '../schema.js';

/** The national helplines, shown when the content is missing or not loaded yet. */
export const FALLBACK_HELP: Array<Pick<Resource, 'name' | 'phone' | 'url'> & { key: GuideOwnKey }> =
  [
    { name: '3018', phone: '3018', url: 'https://3018.fr', key: 'helpFallback3018' },
    {
      name: 'Je protège mon enfant',
      url: 'https://jeprotegemonenfant.gouv.fr',
      key: 'helpFallbackSite',
    },
  ];

/** The centre of the content, with `centre-name`, `centre-phone`, `centre-email` over it; none without a name. */
export function centreOf(
  content: Centre | undefined,
  attrs: { name?: string | undefined; phone?: string | undefined; email?: string | undefined },
): Centre | undefined {
  const name = attrs.name ?? content?.name;
  if (!name) return undefined;
  return {
    ...content,
    name,
    phone: attrs.phone ?? content?.phone,
    email: attrs.email ?? content?.email,
  };
}

/** An e-mail address that may become a `mailto:` link; anything else stays text. */
export const mailOf = (email: string | undefined): string | undefined =>
  email && /^[^\s@<>"]+@[^\s@<>"]+$/.test(email) ? email : undefined;
