import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import {
  addIssue,
  assetUrl,
  checkUniqueIds,
  id,
  image,
  int,
  isoDate,
  lang,
  link,
  list,
  num,
  obj,
  optText,
  phone,
  positive,
  rule,
  text,
  textMax,
  version,
} from './schema-kit.js';
import { problemToString, type ZodIssueLike } from './problems.js';
import { issuesToProblems } from './explain-issue.js';

/** `path : message` lines for `value`, or `[]` when accepted. */
function check(schema: $ZodType, value: unknown): string[] {
  const r = z.safeParse(schema, value, { reportInput: true });
  return r.success
    ? []
    : issuesToProblems(r.error.issues as unknown as ZodIssueLike[]).map(problemToString);
}

describe('image: a text alternative, or marked decorative', () => {
  const photo = { src: 'images/atelier.jpg', alt: 'Des habitants cuisinent ensemble' };

  it('accepts an image with its description', () => {
    expect(check(image(), photo)).toEqual([]);
  });

  it.each(['', '   '])(
    'refuses an empty description (%j) when the image is not decorative',
    (alt) => {
      expect(check(image(), { ...photo, alt })).toEqual([
        'alt : texte de remplacement manquant : décrivez l\'image en une phrase (ou ajoutez "decorative": true si elle est purement décorative)',
      ]);
      expect(check(image(), { ...photo, alt, decorative: false })).toHaveLength(1);
    },
  );

  it('accepts an empty description for a decorative image', () => {
    expect(check(image(), { ...photo, alt: '', decorative: true })).toEqual([]);
  });

  it('a missing alt is a missing field, not a crash', () => {
    expect(check(image(), { src: 'a.png' })).toEqual([
      'alt : le champ « alt » est obligatoire : ajoutez-le (un texte entre guillemets, par exemple "Bonjour")',
    ]);
  });

  it('reports a refused address and a missing description together', () => {
    expect(check(image(), { src: 'javascript:alert(1)', alt: '' })).toEqual([
      'src : adresse refusée : indiquez un chemin ("images/photo.jpg") ou une adresse https://',
      'alt : texte de remplacement manquant : décrivez l\'image en une phrase (ou ajoutez "decorative": true si elle est purement décorative)',
    ]);
  });

  it('sizes must be positive', () => {
    expect(check(image(), { ...photo, width: 0 })).toEqual([
      'width : doit être un nombre plus grand que 0, sans guillemets, par exemple 3',
    ]);
    expect(check(image(), { ...photo, width: 640, height: 480 })).toEqual([]);
  });
});

describe('link: only https, mailto and tel', () => {
  it.each([
    'https://www.e-enfance.org',
    'https://douai.fr/centres?x=1#a',
    'mailto:accueil@centre-social.fr',
    'tel:+33327000000',
    ' https://douai.fr ',
  ])('accepts %j', (value) => expect(check(link(), value)).toEqual([]));

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://douai.fr',
    'https://',
    'https:/douai.fr"onmouseover="alert(1)',
    'ftp://douai.fr',
    'www.douai.fr',
    '/page-locale',
    'vbscript:msgbox(1)',
  ])('refuses %j with a French message saying what to write', (value) => {
    expect(check(link(), value)).toEqual([
      'lien refusé : il doit commencer par https://, mailto: ou tel: (par exemple "https://www.e-enfance.org")',
    ]);
  });
});

describe('phone: a number as written on a poster', () => {
  it.each(['3018', '0 800 235 236', '+33 1 23 45 67 89', '01.23.45.67.89'])('accepts %s', (n) => {
    expect(check(phone(), n)).toEqual([]);
  });

  it.each(['30 18 (gratuit)', 'trois mille dix-huit', 'tel:3018', ''])(
    'refuses %j, saying how to write it',
    (n) => {
      expect(check(phone(), n)).toEqual([
        'numéro invalide : écrivez seulement des chiffres et des espaces, par exemple "3018" ou "0 800 235 236"',
      ]);
    },
  );
});

describe('assetUrl: relative paths and https', () => {
  it.each([
    'images/photo.jpg',
    './images/photo.jpg',
    '../partage/son.mp3',
    '/medias/video.mp4',
    'photo%20atelier.jpg',
    'https://cdn.douai.fr/photo.webp',
    'data:image/png;base64,iVBORw0KGgo=',
  ])('accepts %j', (value) => expect(check(assetUrl(), value)).toEqual([]));

  it.each([
    'http://douai.fr/photo.jpg',
    '//evil.example/photo.jpg',
    'javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'images/photo atelier.jpg',
    'images\\photo.jpg',
    '',
    'file:///C:/photo.jpg',
  ])('refuses %j', (value) => {
    expect(check(assetUrl(), value)).toEqual([
      'adresse refusée : indiquez un chemin ("images/photo.jpg") ou une adresse https://',
    ]);
  });
});

describe('unique ids', () => {
  const list = obj({ questions: z.array(obj({ id: id(), label: text() })) }).check((ctx) =>
    checkUniqueIds(ctx, ctx.value.questions, ['questions']),
  );

  it('accepts distinct ids', () => {
    expect(
      check(list, {
        questions: [
          { id: 'q1', label: 'Un' },
          { id: 'q2', label: 'Deux' },
        ],
      }),
    ).toEqual([]);
  });

  it('reports every repeat at its own path and names the first use', () => {
    const questions = [
      { id: 'q1', label: 'Un' },
      { id: 'q2', label: 'Deux' },
      { id: 'q1', label: 'Trois' },
      { id: 'q1', label: 'Quatre' },
    ];
    expect(check(list, { questions })).toEqual([
      "questions[2].id : l'identifiant « q1 » est déjà utilisé (élément n°0) : chaque identifiant doit être unique",
      "questions[3].id : l'identifiant « q1 » est déjà utilisé (élément n°0) : chaque identifiant doit être unique",
    ]);
  });

  it('an id with spaces or accents says which characters are allowed', () => {
    expect(check(id(), 'question 1')).toEqual([
      'identifiant invalide : utilisez des lettres sans accents, des chiffres, - ou _ (par exemple "q1")',
    ]);
    expect(check(id(), 'étape')).toHaveLength(1);
    expect(check(id(), 'Q_2-b')).toEqual([]);
  });
});

describe('small building blocks', () => {
  it('text: trimmed, and not empty', () => {
    expect(z.parse(text(), '  Bonjour  ')).toBe('Bonjour');
    expect(check(text(), '   ')).toEqual(['ce texte est vide : écrivez quelque chose']);
    expect(z.parse(optText(), undefined)).toBeUndefined();
  });

  it('version: a whole number from 1', () => {
    const sentence =
      'doit être un nombre entier supérieur ou égal à 1, sans virgule ni guillemets, par exemple 1';
    expect(check(version(), 0)).toEqual([sentence]);
    expect(check(version(), 1.5)).toEqual([sentence]);
    expect(check(version(), '1')).toEqual(['doit être un nombre sans guillemets, par exemple 3']);
    expect(check(version(), 2)).toEqual([]);
  });

  it('lang: fr by default, en or ar', () => {
    expect(z.parse(obj({ lang: lang() }), {})).toEqual({ lang: 'fr' });
    expect(check(obj({ lang: lang() }), { lang: 'de' })).toEqual([
      'lang : valeur non reconnue (« de ») : choisissez parmi « fr », « en », « ar »',
    ]);
  });

  it.each(['2026-12-01', '2024-02-29'])('isoDate accepts %j', (d) =>
    expect(check(isoDate(), d)).toEqual([]),
  );

  it.each(['01/12/2026', '2026-13-01', '2026-02-30', '2025-02-29', '2026-04-31', '2026-1-5'])(
    'isoDate refuses %j',
    (d) => {
      expect(check(isoDate(), d)).toEqual([
        'date invalide : écrivez-la sous la forme AAAA-MM-JJ, par exemple "2026-12-01"',
      ]);
    },
  );

  it('addIssue adds a French problem at a path', () => {
    const schema = obj({ a: z.number(), b: z.number() }).check((ctx) => {
      if (ctx.value.b < ctx.value.a) addIssue(ctx, ['b'], 'doit être plus grand que « a »');
    });
    expect(check(schema, { a: 2, b: 1 })).toEqual(['b : doit être plus grand que « a »']);
  });
});

describe('rules with bounds: accepted up to the bound, refused past it, said with the number', () => {
  const MAX = Number.MAX_SAFE_INTEGER;

  it('text: blank is refused (spaces and line breaks too); the spaces around are removed', () => {
    for (const blank of ['', '   ', '\n\t ']) {
      expect(check(text(), blank)).toEqual(['ce texte est vide : écrivez quelque chose']);
    }
    expect(check(text(), 'a')).toEqual([]);
    expect(z.parse(text(), '\n Quiz des écrans \n')).toBe('Quiz des écrans');
  });

  it('int(): any whole number within the safe range, negative ones included', () => {
    for (const n of [-5, 0, 3, MAX, -MAX]) expect(check(int(), n)).toEqual([]);
    for (const n of [1.5, MAX + 1, -MAX - 1, 2 ** 60]) {
      expect(check(int(), n)).toEqual([
        'doit être un nombre entier, sans virgule ni guillemets, par exemple 3',
      ]);
    }
  });

  it('int(min): from min on', () => {
    expect(check(int(1), 1)).toEqual([]);
    expect(check(int(1), MAX)).toEqual([]);
    expect(check(int(1), 0)).toEqual([
      'doit être un nombre entier supérieur ou égal à 1, sans virgule ni guillemets, par exemple 1',
    ]);
  });

  it('int(min, max): both ends included, one problem whatever is wrong', () => {
    const sentence =
      'doit être un nombre entier de 0 à 25, sans virgule ni guillemets, par exemple 0';
    for (const n of [0, 12, 25]) expect(check(int(0, 25), n)).toEqual([]);
    for (const n of [-1, 26, 12.5, -0.5]) expect(check(int(0, 25), n)).toEqual([sentence]);
    expect(check(int(0, 25), '12')).toEqual(['doit être un nombre sans guillemets, par exemple 3']);
  });

  it('int(undefined, max): up to max', () => {
    expect(check(int(undefined, 2), -40)).toEqual([]);
    expect(check(int(undefined, 2), 3)).toEqual([
      'doit être un nombre entier inférieur ou égal à 2, sans virgule ni guillemets, par exemple 2',
    ]);
  });

  it('num(min, max): decimals allowed, both ends included; the example has a decimal point', () => {
    for (const n of [0, 0.7, 1]) expect(check(num(0, 1), n)).toEqual([]);
    for (const n of [-0.01, 1.01, 70]) {
      expect(check(num(0, 1), n)).toEqual([
        "doit être un nombre de 0 à 1, sans guillemets ; un nombre à virgule s'écrit avec un point, par exemple 0.5",
      ]);
    }
  });

  it('positive(): greater than 0, decimals allowed', () => {
    expect(check(positive(), 0.5)).toEqual([]);
    for (const n of [0, -1]) {
      expect(check(positive(), n)).toEqual([
        'doit être un nombre plus grand que 0, sans guillemets, par exemple 3',
      ]);
    }
  });

  it('textMax(max): up to max characters', () => {
    expect(check(textMax(3), 'abc')).toEqual([]);
    expect(check(textMax(3), '')).toEqual([]);
    expect(check(textMax(3), 'abcd')).toEqual([
      'ce texte est trop long : 3 caractères au plus, raccourcissez-le',
    ]);
    expect(check(textMax(1), 'ab')).toEqual([
      'ce texte est trop long : 1 caractère au plus, raccourcissez-le',
    ]);
  });

  it('list(item, min, max): the bounds, and each item checked as usual', () => {
    const children = list(textMax(5), 1, 8);
    expect(check(children, ['Lina'])).toEqual([]);
    expect(
      check(
        children,
        Array.from({ length: 8 }, () => 'a'),
      ),
    ).toEqual([]);
    for (const n of [0, 9]) {
      expect(
        check(
          children,
          Array.from({ length: n }, () => 'a'),
        ),
      ).toEqual(['la liste doit contenir de 1 à 8 éléments']);
    }
    expect(check(children, ['Mohamed'])).toEqual([
      '[0] : ce texte est trop long : 5 caractères au plus, raccourcissez-le',
    ]);
  });

  it('list(item, 0, max) and list(item, min): one bound only', () => {
    expect(check(list(z.string(), 0, 2), [])).toEqual([]);
    expect(check(list(z.string(), 0, 2), ['a', 'b', 'c'])).toEqual([
      'la liste doit contenir au plus 2 éléments',
    ]);
    expect(check(list(z.string(), 0, 1), ['a', 'b'])).toEqual([
      'la liste doit contenir au plus 1 élément',
    ]);
    expect(check(list(text(), 1), [])).toEqual(['la liste est vide : ajoutez au moins un élément']);
    expect(check(list(text(), 3), ['a'])).toEqual(['la liste doit contenir au moins 3 éléments']);
    expect(
      check(
        list(text(), 1),
        Array.from({ length: 500 }, () => 'a'),
      ),
    ).toEqual([]);
  });

  it('each rule reports its §key and bounds on the issue, and keeps them on its check', () => {
    const r = z.safeParse(int(0, 25), 30);
    expect(r.success).toBe(false);
    expect(r.error?.issues).toMatchObject([
      { code: 'custom', message: '§int', params: { min: 0, max: 25 }, path: [] },
    ]);
    expect(int(0, 25)._zod.def.checks?.[0]?._zod.def).toMatchObject({
      check: 'custom',
      params: { min: 0, max: 25 },
    });
    const own = z.string().check(rule((s: string) => s !== 'x', 'noX', { x: 1 }));
    expect(z.safeParse(own, 'x').error?.issues).toMatchObject([
      { code: 'custom', message: '§noX', params: { x: 1 } },
    ]);
  });
});
