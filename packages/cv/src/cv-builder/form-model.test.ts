/**
 * The CV form's model (form-model.ts), without any element: paths into the CV, the repeating
 * lists, the checks of the identity step and of dates, month names.
 */
import { describe, expect, it } from 'vitest';
import { cvSchema, FLUENCIES, SKILL_LEVELS, LICENCES } from '../schema.js';
import { builderMessages } from '../messages.js';
import {
  LISTS,
  STEPS,
  STEP_KEYS,
  endsBeforeStart,
  entriesOf,
  entryTitle,
  getIn,
  identityErrors,
  isEmpty,
  minimumMissing,
  monthNames,
  moved,
  phoneOk,
  emailOk,
  readDate,
  recheckIdentity,
  restored,
  setIn,
  withLicence,
  withoutPrefix,
} from './form-model.js';

describe('paths: setIn, getIn', () => {
  it('writes a copy, creating parents; the original is left as it was', () => {
    const cv = { basics: { name: 'Samira' } };
    const next = setIn(cv, ['basics', 'location', 'city'], 'Douai');
    expect(next).toEqual({ basics: { name: 'Samira', location: { city: 'Douai' } } });
    expect(cv).toEqual({ basics: { name: 'Samira' } });
    expect(getIn(next, ['basics', 'location', 'city'])).toBe('Douai');
    expect(getIn(next, ['work', 0, 'position'])).toBeUndefined();
  });

  it('an empty value removes its key, and parents left empty go too', () => {
    const cv = { basics: { name: 'Samira', location: { city: 'Douai' } } };
    expect(setIn(cv, ['basics', 'location', 'city'], '')).toEqual({ basics: { name: 'Samira' } });
    expect(setIn(cv, ['basics', 'location', 'city'], undefined)).toEqual({
      basics: { name: 'Samira' },
    });
    expect(setIn({ work: [{ position: 'A' }] }, ['work'], [])).toEqual({});
    expect(isEmpty({})).toBe(true);
    expect(isEmpty([])).toBe(true);
    expect(isEmpty(0)).toBe(false);
  });

  it('writes inside lists by index, keeping the other entries', () => {
    const cv = { work: [{ position: 'A' }, { position: 'B' }] };
    expect(setIn(cv, ['work', 1, 'name'], 'Mairie')).toEqual({
      work: [{ position: 'A' }, { position: 'B', name: 'Mairie' }],
    });
  });
});

describe('the steps and the repeating lists', () => {
  it('eight steps, each with its name and help in French', () => {
    expect(STEPS).toHaveLength(8);
    for (const s of STEPS) {
      expect(builderMessages.fr[`step${STEP_KEYS[s]}`]).toBeTruthy();
      expect(builderMessages.fr[`help${STEP_KEYS[s]}`]).toBeTruthy();
      expect(builderMessages.fr[`help${STEP_KEYS[s]}Easy`]).toBeTruthy();
    }
  });

  it('every list lives where the CV schema has it, its fields and texts exist', () => {
    for (const def of Object.values(LISTS)) {
      const entry = Object.fromEntries(
        def.fields.map(([prop, , , kind]) => [
          prop,
          kind === 'lines'
            ? ['x']
            : kind === 'level'
              ? SKILL_LEVELS[0]
              : kind === 'fluency'
                ? FLUENCIES[0]
                : kind === 'url'
                  ? 'https://exemple.fr'
                  : 'x',
        ]),
      );
      const cv = setIn({}, def.path, [entry]);
      expect(cvSchema.safeParse(cv).success, def.key).toBe(true);
      expect(entriesOf(cv as never, def), def.key).toEqual([entry]);
      for (const key of [def.title, def.item, ...def.fields.flatMap(([, l, h]) => [l, h])])
        if (key) expect(builderMessages.fr[key], `${def.key}: ${key}`).toBeTruthy();
    }
    expect(entriesOf({}, LISTS.work)).toEqual([]);
  });

  it('an entry is named by its first field, trimmed', () => {
    expect(entryTitle(LISTS.work, { position: '  Comptable ', name: 'Mairie' })).toBe('Comptable');
    expect(entryTitle(LISTS.work, { name: 'Mairie' })).toBe('');
  });

  it('moving an entry swaps it with its neighbour; nothing moves past an end; an entry comes back in its place', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b'], 0, -1)).toBeUndefined();
    expect(moved(['a', 'b'], 1, 1)).toBeUndefined();
    expect(restored(['a', 'c'], 1, 'b')).toEqual(['a', 'b', 'c']);
  });

  it('licences stay in the order of the list, whatever the order they are ticked', () => {
    expect(withLicence(['C'], 'B', true)).toEqual(['B', 'C']);
    expect(withLicence(['B', 'C'], 'B', false)).toEqual(['C']);
    expect(withLicence([], LICENCES[0], true)).toEqual([LICENCES[0]]);
  });

  it('errors of one list are cleared by their prefix', () => {
    expect(withoutPrefix({ 'work-0-end': 'x', 'work-1-start': 'y', name: 'z' }, 'work-')).toEqual({
      name: 'z',
    });
  });
});

describe('checks of the identity step', () => {
  it('a name and one way to be reached are required; nothing else', () => {
    expect(identityErrors({})).toEqual({ name: 'errName', email: 'errContact' });
    expect(identityErrors({ basics: { name: '  ' } })).toEqual({
      name: 'errName',
      email: 'errContact',
    });
    expect(identityErrors({ basics: { name: 'Samira', phone: '06 12 34 56 78' } })).toEqual({});
    expect(identityErrors({ basics: { name: 'Samira', email: 'samira@exemple.fr' } })).toEqual({});
    expect(minimumMissing({})).toBe(true);
    expect(minimumMissing({ basics: { name: 'Samira', email: 'pas-un-mail' } })).toBe(false);
  });

  it('a malformed e-mail or phone is reported on its field', () => {
    expect(identityErrors({ basics: { name: 'S', email: 'samira@exemple' } })).toEqual({
      email: 'errEmail',
    });
    expect(identityErrors({ basics: { name: 'S', phone: '06 12' } })).toEqual({
      phone: 'errPhone',
    });
    expect(['a@b.fr', 'prénom.nom@centre-social.org'].map(emailOk)).toEqual([true, true]);
    expect(['a@b', 'a b@c.fr', '@b.fr', 'a@.fr'].map(emailOk)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(
      ['06 12 34 56 78', '06.12.34.56.78', '+33 6 12 34 56 78', '+212 612345'].map(phoneOk),
    ).toEqual([true, true, true, true]);
    expect(['06 12 34', '+33 6', '612345678'].map(phoneOk)).toEqual([false, false, false]);
  });
});

describe('checks again as the person types', () => {
  const cv = (basics: Record<string, string>) => ({ basics });
  it('a field without an error is not checked while typed, nor once left (but an e-mail or a phone)', () => {
    expect(recheckIdentity(cv({ name: '' }), {}, 'name', false)).toEqual({});
    expect(recheckIdentity(cv({ name: '' }), {}, 'name', true)).toEqual({});
    expect(recheckIdentity(cv({ name: 'S', email: 'x@' }), {}, 'email', false)).toEqual({});
    expect(recheckIdentity(cv({ name: 'S', email: 'x@' }), {}, 'email', true)).toEqual({
      email: 'errEmail',
    });
    expect(recheckIdentity(cv({ name: 'S' }), {}, 'email', true)).toEqual({});
  });

  it('a field in error is checked at every key, and its error goes once it is right', () => {
    const shown = { name: 'Écrivez votre prénom et votre nom' };
    expect(recheckIdentity(cv({ name: '' }), shown, 'name', false)).toEqual({ name: 'errName' });
    expect(recheckIdentity(cv({ name: 'S' }), shown, 'name', false)).toEqual({
      name: undefined,
    });
  });

  it('a phone given clears « un moyen de vous joindre » on the e-mail', () => {
    const shown = { email: 'Indiquez au moins un moyen de vous joindre' };
    expect(
      recheckIdentity(cv({ name: 'S', phone: '06 12 34 56 78' }), shown, 'phone', true),
    ).toEqual({ phone: undefined, email: undefined });
    expect(recheckIdentity(cv({ name: 'S', phone: '06 12' }), shown, 'phone', true)).toEqual({
      phone: 'errPhone',
      email: undefined,
    });
  });
});

describe('dates', () => {
  it('a year alone, or a month and a year, make a date of the CV', () => {
    expect(readDate('', '2019')).toEqual({ value: '2019' });
    expect(readDate('03', ' 2019 ')).toEqual({ value: '2019-03' });
    expect(readDate('', '')).toEqual({ value: undefined });
  });

  it('a month without a year, or a year that is not one, is explained', () => {
    expect(readDate('03', '')).toEqual({ error: 'errMonthOnly' });
    for (const y of ['19', '1939', '2101', '20x9'])
      expect(readDate('', y), y).toEqual({ error: 'errYear' });
    expect(readDate('', '1940')).toEqual({ value: '1940' });
    expect(readDate('', '2100')).toEqual({ value: '2100' });
  });

  it('an end before the start (to the month) is caught; an entry still going is not', () => {
    expect(endsBeforeStart({ startDate: '2020-05', endDate: '2020-04' })).toBe(true);
    expect(endsBeforeStart({ startDate: '2020-05', endDate: '2019' })).toBe(true);
    expect(endsBeforeStart({ startDate: '2020-05', endDate: '2020-05' })).toBe(false);
    expect(endsBeforeStart({ startDate: '2020', endDate: '2020-01' })).toBe(false);
    expect(endsBeforeStart({ startDate: '2020-05' })).toBe(false);
  });

  it('month names in the interface language, with their codes', () => {
    expect(monthNames('fr')[0]).toEqual(['01', 'janvier']);
    expect(monthNames('fr')[11]).toEqual(['12', 'décembre']);
    expect(monthNames('en')[2]).toEqual(['03', 'March']);
    expect(monthNames('fr')).toBe(monthNames('fr')); // built once per language
  });
});
