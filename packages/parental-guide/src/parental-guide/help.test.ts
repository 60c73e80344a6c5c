/** What "Besoin d'aide ?" lists (help.ts), without DOM. */
import { describe, expect, it } from 'vitest';
import { centreOf, mailOf } from './help.js';

const content = { name: 'Centre social Gayant', phone: '03 27 00 00 00', hours: 'lundi 9h-12h' };

describe('help · the centre', () => {
  it('the content’s centre; each attribute given replaces its field, the others stay', () => {
    expect(centreOf(content, {})).toEqual(content);
    expect(centreOf(content, { name: 'Centre Faubourg', email: 'accueil@centre.fr' })).toEqual({
      ...content,
      name: 'Centre Faubourg',
      email: 'accueil@centre.fr',
    });
  });

  it('no centre without a name (the attribute may give one)', () => {
    expect(centreOf(undefined, { phone: '03 27 00 00 00' })).toBeUndefined();
    expect(centreOf(undefined, { name: 'Centre Faubourg' })).toEqual({
      name: 'Centre Faubourg',
      phone: undefined,
      email: undefined,
    });
  });

  it('only a plain e-mail address becomes a link', () => {
    expect(mailOf('accueil@centre.fr')).toBe('accueil@centre.fr');
    for (const x of ['accueil', 'a@b"><script>', 'a b@c.fr', '', undefined])
      expect(mailOf(x)).toBeUndefined();
  });
});
