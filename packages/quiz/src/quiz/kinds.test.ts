/**
 * The question types loaded later (`kinds.ts`, one part each): ordering, matching, blanks, image-zone, and the sound or video of
 * any question (`media`). Each is tested as a
 * person meets it: rendering, keyboard, what is announced, right/wrong, the result's review, the
 * paper version, saved progress, easy-read and languages.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  axeViolations,
  choose,
  cleanup,
  click,
  events,
  fakeSynth,
  field,
  focused,
  leaveAlone,
  mount,
  q,
  qa,
  root,
  settle,
  stubSpeech,
  text,
  type,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import type { QdQuiz, QuizAnswerDetail, QuizCompleteDetail } from './quiz.js';
import { quizWith, samples } from '../fixtures.js';

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

/** The items of an ordering question, as shown, top to bottom. */
const items = (el: QdQuiz) => qa(el, '.qd-order__text').map((s) => s.textContent!.trim());
/** The status region of the ordering question. */
const said = (el: QdQuiz) => text(el, '.qd-order ~ [role="status"]');

const steps = [
  'Je me connecte à ma messagerie',
  "J'ouvre les paramètres du compte",
  "J'écris l'ancien mot de passe, puis le nouveau",
  'Je me déconnecte et je me reconnecte avec le nouveau',
];

/** A move button by its accessible name (« Monter : item »), as a screen reader says it. */
const mover = (el: QdQuiz, name: string): HTMLButtonElement => {
  const b = qa<HTMLButtonElement>(el, '.qd-order button').find(
    (x) => x.getAttribute('aria-label') === name,
  );
  if (!b) throw new Error(`no button named « ${name} »`);
  return b;
};

/** Puts the items in `wanted` order with the « Monter » buttons, as a person would. */
async function putInOrder(el: QdQuiz, wanted: string[]): Promise<void> {
  for (const [pos, label] of wanted.entries()) {
    while (items(el).indexOf(label) > pos) {
      mover(el, `Monter : ${label}`).click();
      await settle(el);
    }
  }
}

describe('qd-quiz · the types loaded later come only with a content that has them', () => {
  // (first in this file: once here, a part stays for the page)
  it('a content with none of them fetches none; the sample with them, when it comes', async () => {
    const plain = await mount<QdQuiz>('qd-quiz', samples.adultes);
    await click(plain, 'Commencer');
    // (the questions' styles came with their screens: a choice is a flex row, not a bare label)
    expect(getComputedStyle(q(plain, '.qd-choice')!).display).toBe('flex');
    expect(customElements.get('qd-quiz-ordering')).toBeUndefined();
    expect(customElements.get('qd-quiz-matching')).toBeUndefined();
    expect(customElements.get('qd-quiz-blanks')).toBeUndefined();
    expect(customElements.get('qd-quiz-image-zone')).toBeUndefined();
    expect(customElements.get('qd-quiz-media')).toBeUndefined();
    const el = await mount<QdQuiz>('qd-quiz', samples.exercices);
    expect(customElements.get('qd-quiz-ordering')).toBeTruthy();
    expect(customElements.get('qd-quiz-matching')).toBeTruthy();
    expect(customElements.get('qd-quiz-blanks')).toBeTruthy();
    expect(customElements.get('qd-quiz-image-zone')).toBeTruthy();
    expect(customElements.get('qd-quiz-media')).toBeTruthy();
    expect(text(el, 'h2')).toContain('Naviguer sans risque');
  });
});

describe('qd-quiz · ordering', () => {
  it('shows the items mixed, numbered, each with « Monter » and « Descendre » named after it', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['ordre-mot-de-passe']), { seed: 'a' });
    await click(el, 'Commencer');
    expect(items(el).sort()).toEqual([...steps].sort());
    expect(items(el)).not.toEqual(steps);
    expect(text(el, '#order-hint')).toContain('Alt + flèche');
    expect(q(el, '.qd-order')!.getAttribute('aria-describedby')).toBe('order-hint');
    const first = items(el)[0]!;
    expect(mover(el, `Monter : ${first}`).disabled).toBe(true);
    expect(mover(el, `Descendre : ${first}`).disabled).toBe(false);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('« Monter » moves the item up, says where it is now, and keeps the focus on it', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['ordre-mot-de-passe']), { seed: 'a' });
    await click(el, 'Commencer');
    const second = items(el)[1]!;
    mover(el, `Monter : ${second}`).focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(items(el)[0]).toBe(second);
    expect(said(el)).toBe(`« ${second} » : position 1 sur 4.`);
    // (at the top « Monter » is off: the focus goes to its « Descendre »)
    expect(focused(el)!.getAttribute('aria-label')).toBe(`Descendre : ${second}`);
  });

  it('Alt + ↓ / ↑ move the item whose button has the focus; the focus follows it', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['ordre-mot-de-passe']), { seed: 'a' });
    await click(el, 'Commencer');
    const first = items(el)[0]!;
    mover(el, `Descendre : ${first}`).focus();
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await settle(el);
    await userEvent.keyboard('{Alt>}{ArrowDown}{/Alt}');
    await settle(el);
    expect(items(el)[2]).toBe(first);
    expect(said(el)).toBe(`« ${first} » : position 3 sur 4.`);
    expect(focused(el)!.getAttribute('aria-label')).toBe(`Descendre : ${first}`);
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await settle(el);
    expect(items(el)[1]).toBe(first);
  });

  it('right order: « Bonne réponse », every item « Bien placé », the buttons off; qd-answer tells the order', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['ordre-mot-de-passe']), { seed: 'a' });
    const answers = events<QuizAnswerDetail>(el, 'qd-answer');
    await click(el, 'Commencer');
    await putInOrder(el, steps);
    await click(el, 'Valider ma réponse');
    expect(text(el, '[part="feedback"]')).toContain('Bonne réponse !');
    expect(qa(el, '.qd-order__item--right')).toHaveLength(4);
    expect(qa<HTMLButtonElement>(el, '.qd-order button').every((b) => b.disabled)).toBe(true);
    expect(answers[0]).toEqual({
      questionId: 'ordre-mot-de-passe',
      correct: true,
      answer: [steps.map((s, i) => `${i + 1}. ${s}`).join(', ')],
    });
  });

  it('the order as shown is an answer: validated untouched, it is wrong, with the right order given', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['ordre-mot-de-passe']), { seed: 'a' });
    await click(el, 'Commencer');
    await click(el, 'Valider ma réponse');
    expect(q(el, '[role="alert"]')).toBeNull();
    const feedback = text(el, '[part="feedback"]');
    expect(feedback).toContain('Pas tout à fait.');
    expect(feedback).toContain(`La bonne réponse : 1. ${steps[0]}, 2. ${steps[1]}`);
    expect(qa(el, '.qd-order__item--wrong').length).toBeGreaterThan(0);
  });

  it('counts in the score, and the review says the order given and the right one', async () => {
    const el = await mount<QdQuiz>(
      'qd-quiz',
      quizWith(['ordre-mot-de-passe', 'faux-colis'], { mode: 'challenge' }),
      { seed: 'a' },
    );
    const complete = events<QuizCompleteDetail>(el, 'qd-complete');
    await click(el, 'Commencer');
    await putInOrder(el, steps);
    await click(el, 'Question suivante');
    root(el).querySelector<HTMLInputElement>('.qd-choice input')!.click();
    await settle(el);
    await click(el, 'Voir mon résultat');
    expect(complete[0]!.results[0]).toEqual({
      questionId: 'ordre-mot-de-passe',
      correct: true,
    });
    const review = text(el, '.qd-quiz__review li:first-child');
    expect(review).toContain('Juste');
    expect(review).toContain(`Votre réponse : 1. ${steps[0]}`);
  });

  it('a saved round comes back with the order the person had made', async () => {
    const content = quizWith(['ordre-mot-de-passe', 'faux-colis']);
    const el = await mount<QdQuiz>('qd-quiz', content, { seed: 'a', storage: 'local' });
    await click(el, 'Commencer');
    await putInOrder(el, steps);
    await click(el, 'Valider ma réponse');
    cleanup();
    const again = await mount<QdQuiz>('qd-quiz', content, { seed: 'a', storage: 'local' });
    expect(items(again)).toEqual(steps);
    expect(text(again, '[part="feedback"]')).toContain('Bonne réponse !');
  });

  it('easy-read shows the items’ easy variants; « Écouter » reads the hint and the items', async () => {
    const synth = fakeSynth();
    stubSpeech(synth);
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['ordre-mot-de-passe']), {
      seed: 'a',
      easy: '',
      'read-aloud': '',
    });
    await click(el, 'Commencer');
    expect(items(el)).toContain('Je me connecte');
    expect(text(el, '#question-heading')).toBe(
      "Changer son mot de passe : mettez les étapes dans l'ordre.",
    );
    await click(el, 'Écouter');
    const spoken = synth.spoken.map((u) => u.text).join(' ');
    expect(spoken).toContain('Mettez dans le bon ordre');
    expect(spoken).toContain('Je me connecte');
    vi.unstubAllGlobals();
  });

  it('prints the items to number, and the answer key gives the order', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['ordre-mot-de-passe']), {
      seed: 'a',
      'print-answers': '',
    });
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    const paper = text(el, '.qd-print');
    expect(paper).toContain('Numérotez de 1 à 4, dans le bon ordre.');
    for (const s of steps) expect(paper).toContain(s);
    expect(text(el, '.qd-print__key')).toContain(`1. ${steps[0]}, 2. ${steps[1]}`);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
  });

  it('in English and Arabic, the buttons and the hint are translated', async () => {
    const en = await mount<QdQuiz>('qd-quiz', quizWith(['ordre-mot-de-passe']), {
      seed: 'a',
      lang: 'en',
    });
    await click(en, 'Start');
    expect(mover(en, `Move down: ${items(en)[0]!}`)).toBeTruthy();
    const ar = await mount<QdQuiz>('qd-quiz', quizWith(['ordre-mot-de-passe']), {
      seed: 'a',
      lang: 'ar',
    });
    await click(ar, 'ابدأ');
    expect(text(ar, '#order-hint')).toContain('رتّب');
  });
});

describe('qd-quiz · matching', () => {
  const situations = [
    'Ma carte bancaire a été volée',
    'Un enfant est harcelé sur internet',
    "J'ai reçu un SMS d'arnaque",
  ];
  const numbers = [
    '0 805 805 817 (opposition carte bancaire)',
    '3018',
    '33700 (signalement des SMS)',
  ];
  /** The list labelled `label`, as a person finds it. */
  const list = (el: QdQuiz, label: string) => field<HTMLSelectElement>(el, label);
  /** Picks the answer whose text is `answer` in the list of `label`. */
  async function pick(el: QdQuiz, label: string, answer: string): Promise<void> {
    const select = list(el, label);
    const option = [...select.options].find((o) => o.text.trim() === answer);
    if (!option) throw new Error(`no answer « ${answer} » for « ${label} »`);
    await choose(el, `#${select.id}`, option.value);
  }

  it('one labelled list per item; the answers mixed, each once, after « — choisir — »', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['associer-numeros', 'trier-infos']), {
      seed: 'a',
    });
    await click(el, 'Commencer');
    for (const s of situations) expect(list(el, s).value).toBe('');
    const options = [...list(el, situations[0]!).options].map((o) => o.text.trim());
    expect(options[0]).toBe('— choisir —');
    expect(options.slice(1).sort()).toEqual([...numbers].sort());
    expect(list(el, situations[0]!).getAttribute('aria-describedby')).toBe('match-hint');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('validating with an item left: « Associez chaque élément », the focus on that list', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['associer-numeros']), { seed: 'a' });
    await click(el, 'Commencer');
    await pick(el, situations[0]!, numbers[0]!);
    await click(el, 'Valider ma réponse');
    expect(text(el, '#answer-error')).toBe('Associez chaque élément, puis validez.');
    expect(focused(el)).toBe(list(el, situations[1]!));
    expect(list(el, situations[1]!).getAttribute('aria-invalid')).toBe('true');
    expect(list(el, situations[1]!).getAttribute('aria-describedby')).toBe(
      'match-hint answer-error',
    );
  });

  it('all right: « Bonne réponse », each row « Juste »; one wrong: the right pairs are given', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['associer-numeros', 'trier-infos']), {
      seed: 'a',
    });
    const answers = events<QuizAnswerDetail>(el, 'qd-answer');
    await click(el, 'Commencer');
    for (const [i, s] of situations.entries()) await pick(el, s, numbers[i]!);
    await click(el, 'Valider ma réponse');
    expect(text(el, '[part="feedback"]')).toContain('Bonne réponse !');
    expect(qa(el, '.qd-match__row--right')).toHaveLength(3);
    expect(list(el, situations[0]!).disabled).toBe(true);
    expect(answers[0]!.answer).toEqual(situations.map((s, i) => `${s} → ${numbers[i]}`));
    await click(el, 'Question suivante');
    // several items may share an answer: each answer is offered once
    const keep = 'À garder pour moi';
    expect([...list(el, 'Mon code de carte bancaire').options]).toHaveLength(3);
    await pick(el, 'Mon code de carte bancaire', keep);
    await pick(el, 'Une photo de mon chat', keep);
    await pick(el, 'Mon adresse et mes dates de vacances', keep);
    await pick(el, 'Un avis sur un film', 'Je peux la partager');
    await click(el, 'Valider ma réponse');
    const feedback = text(el, '[part="feedback"]');
    expect(feedback).toContain('Pas tout à fait.');
    expect(feedback).toContain('Une photo de mon chat → Je peux la partager');
    expect(qa(el, '.qd-match__row--wrong')).toHaveLength(1);
    expect(answers[1]!.correct).toBe(false);
  });

  it('the review, the saved round and the paper version know the pairs', async () => {
    const content = quizWith(['associer-numeros', 'faux-colis']);
    const el = await mount<QdQuiz>('qd-quiz', content, { seed: 'a', storage: 'local' });
    await click(el, 'Commencer');
    for (const [i, s] of situations.entries()) await pick(el, s, numbers[(i + 1) % 3]!);
    await click(el, 'Valider ma réponse');
    cleanup();
    const again = await mount<QdQuiz>('qd-quiz', content, { seed: 'a', storage: 'local' });
    expect(list(again, situations[0]!).selectedOptions[0]!.text.trim()).toBe(numbers[1]);
    await click(again, 'Question suivante');
    root(again).querySelector<HTMLInputElement>('.qd-choice input')!.click();
    await settle(again);
    await click(again, 'Valider ma réponse');
    await click(again, 'Voir mon résultat');
    const review = text(again, '.qd-quiz__review li:first-child');
    expect(review).toContain('À revoir');
    expect(review).toContain(`Votre réponse : ${situations[0]} → ${numbers[1]}`);
    expect(review).toContain(`${situations[0]} → ${numbers[0]}`);
    window.dispatchEvent(new Event('beforeprint'));
    await settle(again);
    expect(text(again, '.qd-print')).toContain(
      'Écrivez à côté de chaque élément la lettre de sa réponse.',
    );
    expect(qa(again, '.qd-print .qd-match__letters li')).toHaveLength(3);
    window.dispatchEvent(new Event('afterprint'));
    await settle(again);
  });

  it('easy-read gives the answers’ easy variants; English and Arabic translate the list', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['associer-numeros']), {
      seed: 'a',
      easy: '',
    });
    await click(el, 'Commencer');
    expect([...list(el, situations[0]!).options].map((o) => o.text.trim())).toContain(
      '33700 (signaler un SMS)',
    );
    const en = await mount<QdQuiz>('qd-quiz', quizWith(['associer-numeros']), { lang: 'en' });
    await click(en, 'Start');
    expect(list(en, situations[0]!).options[0]!.text.trim()).toBe('— choose —');
    const ar = await mount<QdQuiz>('qd-quiz', quizWith(['associer-numeros']), { lang: 'ar' });
    await click(ar, 'ابدأ');
    expect(text(ar, '#match-hint')).toContain('اربط');
  });
});

describe('qd-quiz · blanks', () => {
  /** The boxes of the sentence, in order. */
  const boxes = (el: QdQuiz) => qa<HTMLInputElement>(el, '.qd-blanks input');

  it('the sentence with a named box for each gap, after the hint', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['trous-mot-de-passe']));
    await click(el, 'Commencer');
    expect(text(el, '.qd-blanks')).toBe(
      "Un bon mot de passe a au moins caractères, et on n'utilise jamais le même pour deux .",
    );
    expect(boxes(el).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Case 1 sur 2',
      'Case 2 sur 2',
    ]);
    expect(boxes(el)[0]!.getAttribute('aria-describedby')).toBe('blanks-hint');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('validating with nothing written: the message, the focus on the first box', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['trous-mot-de-passe']));
    await click(el, 'Commencer');
    await click(el, 'Valider ma réponse');
    expect(text(el, '#answer-error')).toBe('Écrivez au moins un mot, puis validez.');
    expect(focused(el)).toBe(boxes(el)[0]);
    expect(boxes(el)[0]!.getAttribute('aria-invalid')).toBe('true');
  });

  it('accepts every variant with the kit’s normalisation (case, accents, spaces, punctuation)', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['trous-mot-de-passe', 'trous-adresse']));
    const answers = events<QuizAnswerDetail>(el, 'qd-answer');
    await click(el, 'Commencer');
    await type(el, boxes(el)[0]!, '  DOUZE ');
    await type(el, boxes(el)[1]!, 'Sites.');
    await click(el, 'Valider ma réponse');
    expect(text(el, '[part="feedback"]')).toContain('Bonne réponse !');
    expect(qa(el, '.qd-blanks__mark--right')).toHaveLength(2);
    expect(boxes(el).every((b) => b.readOnly)).toBe(true);
    expect(answers[0]).toMatchObject({ correct: true });
    await click(el, 'Question suivante');
    await type(el, boxes(el)[0]!, 'addresse');
    await click(el, 'Valider ma réponse');
    const feedback = text(el, '[part="feedback"]');
    expect(feedback).toContain('Pas tout à fait.');
    expect(feedback).toContain("La bonne réponse : Avant de payer, je regarde l'[adresse] du site");
    expect(text(el, '.qd-blanks__mark--wrong .qd-visually-hidden')).toBe('À revoir');
    expect(answers[1]).toMatchObject({
      correct: false,
      answer: [
        "Avant de payer, je regarde l'[addresse] du site, en haut de l'écran, dans la barre d'adresse.",
      ],
    });
  });

  it('one gap right and one wrong is wrong; the review, the saved round and the paper know it', async () => {
    const content = quizWith(['trous-mot-de-passe', 'faux-colis']);
    const el = await mount<QdQuiz>('qd-quiz', content, { storage: 'local' });
    await click(el, 'Commencer');
    await type(el, boxes(el)[0]!, '12');
    await click(el, 'Valider ma réponse');
    cleanup();
    const again = await mount<QdQuiz>('qd-quiz', content, { storage: 'local' });
    expect(boxes(again).map((b) => b.value)).toEqual(['12', '']);
    await click(again, 'Question suivante');
    root(again).querySelector<HTMLInputElement>('.qd-choice input')!.click();
    await settle(again);
    await click(again, 'Valider ma réponse');
    await click(again, 'Voir mon résultat');
    const review = text(again, '.qd-quiz__review li:first-child');
    expect(review).toContain('À revoir');
    expect(review).toContain('Votre réponse : Un bon mot de passe a au moins [12] caractères');
    expect(review).toContain('pour deux […].');
    window.dispatchEvent(new Event('beforeprint'));
    await settle(again);
    expect(text(again, '.qd-print')).toContain('Complétez la phrase.');
    expect(qa(again, '.qd-print .qd-blanks__line')).toHaveLength(2);
    window.dispatchEvent(new Event('afterprint'));
    await settle(again);
  });

  it('in English and Arabic, the boxes are named in the page’s language', async () => {
    const en = await mount<QdQuiz>('qd-quiz', quizWith(['trous-mot-de-passe']), { lang: 'en' });
    await click(en, 'Start');
    expect(boxes(en)[1]!.getAttribute('aria-label')).toBe('Box 2 of 2');
    const ar = await mount<QdQuiz>('qd-quiz', quizWith(['trous-mot-de-passe']), { lang: 'ar' });
    await click(ar, 'ابدأ');
    expect(boxes(ar)[0]!.getAttribute('aria-label')).toBe('الخانة 1 من 2');
  });
});

describe('qd-quiz · image-zone', () => {
  /** The parts of the picture, as buttons, in Tab order. */
  const zones = (el: QdQuiz) => qa<HTMLButtonElement>(el, '.qd-zone');
  const names = (el: QdQuiz) => zones(el).map((z) => z.getAttribute('aria-label'));
  const zone = (el: QdQuiz, name: string) =>
    zones(el).find((z) => z.getAttribute('aria-label') === name)!;
  const address = "La barre d'adresse, en haut";

  it('the picture once, its parts as named buttons in reading order, placed in %', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['zone-adresse']), { seed: 'a' });
    await click(el, 'Commencer');
    expect(qa(el, 'img')).toHaveLength(1);
    expect(q<HTMLImageElement>(el, '.qd-zones img')!.alt).toContain(
      'Maquette d’une page'.replace('’', "'"),
    );
    expect(names(el)).toEqual([address, 'Le titre de la page', 'Le bouton « Payer »']);
    expect(zone(el, address).style.left).toBe('3%');
    expect(zone(el, address).style.width).toBe('94%');
    expect(zones(el).every((z) => z.getAttribute('aria-pressed') === 'false')).toBe(true);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('keyboard: Tab from part to part, Enter chooses; it is pressed and said; validating empty says so', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['zone-adresse']), { seed: 'a' });
    await click(el, 'Commencer');
    await click(el, 'Valider ma réponse');
    expect(text(el, '#answer-error')).toBe('Choisissez une partie de l’image, puis validez.');
    expect(focused(el)).toBe(zones(el)[0]);
    await userEvent.keyboard('{Tab}');
    expect(focused(el)).toBe(zones(el)[1]);
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(zones(el)[1]!.getAttribute('aria-pressed')).toBe('true');
    expect(text(el, '.qd-zones + [role="status"]')).toBe('Choisi : Le titre de la page');
    expect(focused(el)).toBe(zones(el)[1]);
  });

  it('right and wrong: the verdict, the parts marked, the right one named; the review and the paper', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['zone-adresse', 'faux-colis']), {
      seed: 'a',
    });
    const answers = events<QuizAnswerDetail>(el, 'qd-answer');
    await click(el, 'Commencer');
    zone(el, 'Le bouton « Payer »').click();
    await settle(el);
    await click(el, 'Valider ma réponse');
    const feedback = text(el, '[part="feedback"]');
    expect(feedback).toContain('Pas tout à fait.');
    expect(feedback).toContain(`La bonne réponse : ${address}`);
    expect(names(el)).toContain(`${address} — Juste`);
    expect(names(el)).toContain('Le bouton « Payer » — À revoir');
    expect(answers[0]).toEqual({
      questionId: 'zone-adresse',
      correct: false,
      answer: ['Le bouton « Payer »'],
    });
    await click(el, 'Question suivante');
    root(el).querySelector<HTMLInputElement>('.qd-choice input')!.click();
    await settle(el);
    await click(el, 'Valider ma réponse');
    await click(el, 'Voir mon résultat');
    expect(text(el, '.qd-quiz__review li:first-child')).toContain(
      'Votre réponse : Le bouton « Payer »',
    );
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    expect(text(el, '.qd-print')).toContain('Cochez la bonne partie de l’image :');
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
  });

  it('the right part gives a right answer, and a saved round keeps the part chosen', async () => {
    const content = quizWith(['zone-adresse', 'faux-colis']);
    const el = await mount<QdQuiz>('qd-quiz', content, { seed: 'a', storage: 'local' });
    await click(el, 'Commencer');
    zone(el, address).click();
    await settle(el);
    await click(el, 'Valider ma réponse');
    expect(text(el, '[part="feedback"]')).toContain('Bonne réponse !');
    cleanup();
    const again = await mount<QdQuiz>('qd-quiz', content, { seed: 'a', storage: 'local' });
    expect(zone(again, `${address} — Juste`).getAttribute('aria-pressed')).toBe('true');
  });

  it('English and Arabic hints', async () => {
    const en = await mount<QdQuiz>('qd-quiz', quizWith(['zone-adresse']), { lang: 'en' });
    await click(en, 'Start');
    expect(text(en, '#zone-hint')).toContain('Press the right part of the picture');
    const ar = await mount<QdQuiz>('qd-quiz', quizWith(['zone-adresse']), { lang: 'ar' });
    await click(ar, 'ابدأ');
    expect(text(ar, '#zone-hint')).toContain('الصورة');
  });
});

describe('qd-quiz · sound or video in a question', () => {
  const withMedia = (media: Record<string, unknown>) => {
    const c = quizWith(['faux-colis', 'ameli-mot-de-passe']);
    (c.questions[0] as Record<string, unknown>)['media'] = media;
    return c;
  };

  it('a sound: the browser’s player with its controls, never played by itself, its transcript to open', async () => {
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['ordre-arnaque']), { seed: 'a' });
    await click(el, 'Commencer');
    const audio = q<HTMLAudioElement>(el, '.qd-media audio')!;
    expect(audio.controls).toBe(true);
    expect(audio.autoplay).toBe(false);
    expect(audio.paused).toBe(true);
    // (an inline content: the path is read against the page)
    expect(audio.src).toBe(new URL('media/notification-sms.wav', document.baseURI).href);
    expect(text(el, '.qd-media summary')).toBe('Transcription');
    expect(text(el, '.qd-media details p')).toContain('Deux bips courts');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('a content fetched by src: its sound is read next to its JSON file, wherever the page is', async () => {
    const content = quizWith(['ordre-arnaque']);
    const fetched = vi
      .spyOn(window, 'fetch')
      .mockImplementation(async () => new Response(JSON.stringify(content), { status: 200 }));
    try {
      const el = await mount<QdQuiz>('qd-quiz', undefined, {
        src: '/contenus/quiz/exemple.json',
        seed: 'a',
      });
      await vi.waitFor(() => expect(el.contentStatus).toBe('ready'));
      await settle(el);
      await click(el, 'Commencer');
      const audio = q<HTMLAudioElement>(el, '.qd-media audio')!;
      expect(audio.src).toBe(
        new URL('/contenus/quiz/media/notification-sms.wav', document.baseURI).href,
      );
    } finally {
      fetched.mockRestore();
    }
  });

  it('a video shows its captions from the start, in the content’s language; the next question has none', async () => {
    const el = await mount<QdQuiz>(
      'qd-quiz',
      withMedia({ kind: 'video', src: 'media/colis.mp4', captions: 'media/colis.vtt' }),
    );
    await click(el, 'Commencer');
    const video = q<HTMLVideoElement>(el, '.qd-media video')!;
    expect(video.autoplay).toBe(false);
    const track = video.querySelector('track')!;
    expect(track.kind).toBe('captions');
    expect(track.default).toBe(true);
    expect(track.srclang).toBe('fr');
    expect(track.label).toBe('Sous-titres');
    root(el).querySelector<HTMLInputElement>('.qd-choice input')!.click();
    await settle(el);
    await click(el, 'Valider ma réponse');
    await click(el, 'Question suivante');
    expect(q(el, '.qd-media video, .qd-media audio')).toBeNull();
  });

  it('a video without captions is refused, unless it says why it needs none', async () => {
    const el = await mount<QdQuiz>('qd-quiz', withMedia({ kind: 'video', src: 'media/colis.mp4' }));
    expect(text(el, '[role="alert"]')).toContain(
      'questions[0].media.captions : une vidéo a besoin de sous-titres',
    );
    const ok = await mount<QdQuiz>(
      'qd-quiz',
      withMedia({ kind: 'video', src: 'media/colis.mp4', captionsNotNeeded: 'Pas de parole' }),
    );
    expect(ok.contentStatus).toBe('ready');
  });

  it('a content without sound or video does not fetch the player’s code', async () => {
    // (this file loaded it above: what is checked here is what the quiz asks for)
    const el = await mount<QdQuiz>('qd-quiz', quizWith(['faux-colis']));
    await click(el, 'Commencer');
    expect(q(el, 'qd-quiz-media')).toBeNull();
  });
});

describe('qd-quiz · the exercises on a shared screen (kiosk)', () => {
  it('left alone mid-round, the screen goes back to the start and keeps nothing of the exercises', async () => {
    const content = quizWith(['ordre-mot-de-passe', 'trous-mot-de-passe']);
    const el = await mount<QdQuiz>('qd-quiz', content, {
      kiosk: '',
      'kiosk-timeout': '40',
      storage: 'session',
    });
    await click(el, 'Commencer');
    await click(el, 'Valider ma réponse');
    await click(el, 'Question suivante');
    await type(el, qa<HTMLInputElement>(el, '.qd-blanks input')[0]!, '12');
    await leaveAlone(el, 40);
    expect(q(el, '[part="start"]')).toBeTruthy();
    expect(Object.keys(sessionStorage).filter((k) => k.includes('quiz-progress'))).toEqual([]);
    await click(el, 'Commencer');
    expect(q(el, '.qd-order')).toBeTruthy();
    expect(q(el, '[part="feedback"]')!.textContent!.trim()).toBe('');
  });
});
