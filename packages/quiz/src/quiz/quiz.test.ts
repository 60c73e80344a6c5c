import { describe, it, expect, afterEach, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import {
  axeViolations,
  button,
  cleanup,
  click,
  focused,
  mount,
  q,
  root,
  settle,
  text,
  type,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import type { QdQuiz, QuizAnswerDetail, QuizCompleteDetail } from './quiz.js';
import { clone, quizWith, samples } from '../fixtures.js';

// --- helpers (the kit's shared ones, and the quiz's own: a choice by its label, the text answer) --
/** Labels of the visible choices, in order. */
const choiceLabels = (el: QdQuiz) =>
  [...root(el).querySelectorAll('.qd-choice > span:first-of-type')].map((s) =>
    s.textContent!.trim(),
  );
async function choose(el: QdQuiz, label: string): Promise<void> {
  const input = [...root(el).querySelectorAll<HTMLInputElement>('.qd-choice')]
    .find((l) => l.textContent!.includes(label))
    ?.querySelector('input');
  if (!input) throw new Error(`no choice "${label}": ${choiceLabels(el).join(' | ')}`);
  input.click();
  await settle(el);
}
/** Types the answer to a question to write. */
const write = (el: QdQuiz, value: string) => type(el, q<HTMLInputElement>(el, '#answer')!, value);

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

// --- tests ----------------------------------------------------------------------------------
describe('qd-quiz · defaults', () => {
  it('shows the start screen: title, question count, "Commencer"', async () => {
    const el = await mount('qd-quiz', samples.adultes);
    expect(q(el, 'h2')!.textContent).toContain('Repérer un message frauduleux');
    expect(text(el)).toContain('10 questions');
    expect(button(el, 'Commencer')).toBeTruthy();
  });

  it('keeps nothing on the device by default (storage="none")', async () => {
    const el = await mount('qd-quiz', quizWith(['faux-colis']));
    await click(el, 'Commencer');
    await choose(el, 'Je ne clique pas');
    await click(el, 'Valider ma réponse');
    expect(el.storage).toBe('none');
    expect(Object.keys(localStorage).concat(Object.keys(sessionStorage))).toEqual([]);
  });

  it('without content, explains how to give some', async () => {
    const el = await mount('qd-quiz', undefined);
    expect(text(el)).toContain('Aucun contenu à afficher');
  });
});

describe('qd-quiz · content loading', () => {
  const firstQuestionAfterStart = async (el: QdQuiz) => {
    await click(el, "C'est parti !");
    return q(el, '#question-heading')!.textContent!.trim();
  };

  it('property, src and inline JSON give the same quiz', async () => {
    const viaProperty = await mount('qd-quiz', samples.junior);
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(samples.junior)], { type: 'application/json' }),
    );
    const viaSrc = await mount('qd-quiz', undefined, { src: url });
    await vi.waitFor(() => expect(viaSrc.contentStatus).toBe('ready'));
    await settle(viaSrc);
    const viaInline = await mount('qd-quiz', undefined, {}, (el) => {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = JSON.stringify(samples.junior);
      el.append(s);
    });
    const heads = [
      await firstQuestionAfterStart(viaProperty),
      await firstQuestionAfterStart(viaSrc),
      await firstQuestionAfterStart(viaInline),
    ];
    expect(new Set(heads).size).toBe(1);
    expect(heads[0]).toBe("Le mot de passe, c'est pour quoi ?"); // junior: easy-read by default
  });

  it('invalid content shows the French error panel and nothing else', async () => {
    const bad = clone(samples.adultes) as any;
    bad.questions[0].choices = [{ text: 'Seul', correct: true }];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await mount('qd-quiz', bad);
    const alert = q(el, '[role="alert"]')!;
    expect(alert.textContent).toContain('questions[0].choices');
    expect(alert.textContent).toContain('au moins deux choix sont nécessaires');
    expect(root(el).querySelectorAll('button')).toHaveLength(0);
    expect(errors).toHaveBeenCalledTimes(1);
    errors.mockRestore();
  });

  it('a missing src file says so, with a retry button', async () => {
    const el = await mount('qd-quiz', undefined, { src: '/does-not-exist/quiz.json' });
    await vi.waitFor(() => expect(el.contentStatus).toBe('fetch-error'));
    await settle(el);
    expect(q(el, '[role="alert"]')!.textContent).toContain('introuvable (erreur 404)');
    expect(button(el, 'Réessayer')).toBeTruthy();
  });
});

describe('qd-quiz · rendering', () => {
  it('one question per screen, "Question 1 sur 3", a named progressbar, real radios in a fieldset', async () => {
    const el = await mount('qd-quiz', quizWith(['faux-colis', 'signes-alerte', 'nom-arnaque']));
    await click(el, 'Commencer');
    expect(text(el)).toContain('Question 1 sur 3');
    const bar = q<HTMLProgressElement>(el, 'progress')!;
    expect([bar.value, bar.max, bar.getAttribute('aria-label')]).toEqual([1, 3, 'Progression']);
    expect(q(el, 'fieldset legend #question-heading')).toBeTruthy();
    expect(root(el).querySelectorAll('fieldset input[type="radio"]')).toHaveLength(3);
  });

  it('multiple choice uses checkboxes and says several answers are possible', async () => {
    const el = await mount('qd-quiz', quizWith(['signes-alerte']));
    await click(el, 'Commencer');
    expect(root(el).querySelectorAll('input[type="checkbox"]')).toHaveLength(4);
    expect(text(el)).toContain('Plusieurs réponses possibles.');
  });

  it('true-false without choices shows Vrai / Faux in the UI language', async () => {
    const el = await mount('qd-quiz', quizWith(['ameli-mot-de-passe']));
    await click(el, 'Commencer');
    expect(choiceLabels(el)).toEqual(['Vrai', 'Faux']);
    el.lang = 'en';
    await settle(el);
    expect(choiceLabels(el)).toEqual(['True', 'False']);
  });

  it('text questions have a labelled input', async () => {
    const el = await mount('qd-quiz', quizWith(['nom-arnaque']));
    await click(el, 'Commencer');
    const input = q<HTMLInputElement>(el, '#answer')!;
    expect(q(el, 'label[for="answer"]')!.textContent).toBe('Votre réponse');
    expect(input.type).toBe('text');
  });

  it('shows a question image with its alt text', async () => {
    const c = quizWith(['faux-colis']);
    (c.questions[0] as any).image = {
      src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
      alt: "Capture d'un SMS de faux colis",
    };
    const el = await mount('qd-quiz', c);
    await click(el, 'Commencer');
    expect(q<HTMLImageElement>(el, 'img')!.alt).toBe("Capture d'un SMS de faux colis");
  });

  it('junior: bigger layout, easy-read on by default with a toggle, and "C\'est parti !"', async () => {
    const el = await mount('qd-quiz', samples.junior);
    expect(q(el, '.qd-quiz--junior')).toBeTruthy();
    expect(button(el, 'Facile à lire').getAttribute('aria-pressed')).toBe('true');
    await click(el, "C'est parti !");
    expect(q(el, '#question-heading')!.textContent).toBe("Le mot de passe, c'est pour quoi ?");
    await click(el, 'Facile à lire');
    expect(q(el, '#question-heading')!.textContent).toBe('Un mot de passe, ça sert à quoi ?');
  });

  it('asking for an answer before validating: role="alert" message linked to the inputs', async () => {
    const el = await mount('qd-quiz', quizWith(['faux-colis']));
    await click(el, 'Commencer');
    await click(el, 'Valider ma réponse');
    const alert = q(el, '#answer-error')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent!.trim()).toBe('Choisissez une réponse, puis validez.');
    const input = q(el, 'input[type="radio"]')!;
    expect(input.getAttribute('aria-describedby')).toBe('answer-error');
    expect(input.getAttribute('aria-invalid')).toBe('true');
  });
});

describe('qd-quiz · training and challenge', () => {
  it('training: feedback in role="status" right after answering, then "Question suivante"', async () => {
    const el = await mount('qd-quiz', quizWith(['faux-colis', 'ameli-mot-de-passe']));
    await click(el, 'Commencer');
    await choose(el, 'Je clique et je paie');
    await click(el, 'Valider ma réponse');
    const status = q(el, '[part="feedback"]')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toContain('Pas tout à fait.');
    expect(status.textContent).toContain(
      "La bonne réponse : Je ne clique pas et je vérifie sur le site officiel du transporteur, en tapant moi-même l'adresse",
    );
    expect(status.textContent).toContain('Les petits montants servent');
    expect(root(el).querySelectorAll('input:disabled')).toHaveLength(3);
    await click(el, 'Question suivante');
    expect(text(el)).toContain('Question 2 sur 2');
  });

  it("training: the chosen choice's own feedback is shown", async () => {
    const el = await mount('qd-quiz', samples.junior, { easy: 'false' });
    await click(el, "C'est parti !");
    await choose(el, 'À protéger mes comptes');
    await click(el, 'Valider ma réponse');
    expect(text(el, '[part="feedback"]')).toContain(
      'Oui ! Le mot de passe est comme la clé de ta maison.',
    );
    expect(text(el, '[part="feedback"]')).toContain("Bravo, c'est juste !");
  });

  it('challenge: no feedback until the end', async () => {
    const c = quizWith(['faux-colis', 'ameli-mot-de-passe'], { mode: 'challenge' });
    const el = await mount('qd-quiz', c);
    await click(el, 'Commencer');
    await choose(el, 'Je clique et je paie');
    await click(el, 'Question suivante');
    expect(text(el)).toContain('Question 2 sur 2');
    expect(text(el, '[part="feedback"]')).toBe('');
    await choose(el, 'Faux');
    await click(el, 'Voir mon résultat');
    expect(q(el, '#result-heading')).toBeTruthy();
  });
});

describe('qd-quiz · result and review', () => {
  async function finish(el: QdQuiz) {
    await click(el, 'Commencer');
    await choose(el, 'Je clique et je paie'); // wrong
    await click(el, 'Valider ma réponse');
    await click(el, 'Question suivante');
    await choose(el, 'Faux'); // right
    await click(el, 'Valider ma réponse');
    await click(el, 'Question suivante');
    await write(el, '  HAMECONNAGE ');
    await click(el, 'Valider ma réponse');
    await click(el, 'Voir mon résultat');
  }

  it('shows "2 / 3", the pass/fail message, and a review of every question', async () => {
    const el = await mount(
      'qd-quiz',
      quizWith(['faux-colis', 'ameli-mot-de-passe', 'nom-arnaque'], { passScore: 0.7 }),
    );
    await finish(el);
    expect(text(el, '.qd-quiz__score')).toBe('2 / 3');
    expect(text(el)).toContain('2 bonnes réponses sur 3');
    expect(text(el)).toContain('Pas encore : il faut 3 bonnes réponses sur 3.');
    const items = [...root(el).querySelectorAll('.qd-quiz__review > li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' '),
    );
    expect(items).toHaveLength(3);
    expect(items[0]).toContain('✗ À revoir');
    expect(items[0]).toContain('Votre réponse : Je clique et je paie');
    expect(items[0]).toContain('La bonne réponse : Je ne clique pas');
    expect(items[2]).toContain('✓ Juste');
  });

  it('"Revoir mes erreurs" replays only the wrong questions', async () => {
    const el = await mount(
      'qd-quiz',
      quizWith(['faux-colis', 'ameli-mot-de-passe', 'nom-arnaque']),
    );
    await finish(el);
    await click(el, 'Revoir mes erreurs');
    expect(text(el)).toContain('Révision de vos erreurs');
    expect(text(el)).toContain('Question 1 sur 1');
    expect(q(el, '#question-heading')!.textContent).toContain('Votre colis est bloqué');
  });

  it('"Recommencer" starts a new round', async () => {
    const el = await mount(
      'qd-quiz',
      quizWith(['faux-colis', 'ameli-mot-de-passe', 'nom-arnaque']),
    );
    await finish(el);
    await click(el, 'Recommencer');
    expect(text(el)).toContain('Question 1 sur 3');
  });
});

describe('qd-quiz · keyboard and focus', () => {
  it('runs start to finish with the keyboard only, focus on each heading', async () => {
    const el = await mount('qd-quiz', quizWith(['faux-colis', 'signes-alerte', 'nom-arnaque']));
    const done = vi.fn();
    el.addEventListener('qd-complete', done);
    button(el, 'Commencer').focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)?.id).toBe('question-heading');
    // radio group: Tab into it, arrows move and select
    await userEvent.keyboard('{Tab}');
    expect(focused(el)?.getAttribute('type')).toBe('radio');
    await userEvent.keyboard('{ArrowDown}');
    await settle(el);
    expect(choiceLabels(el)[1]).toContain('Je ne clique pas');
    expect((focused(el) as HTMLInputElement).checked).toBe(true);
    await userEvent.keyboard('{Tab}');
    expect(focused(el)?.textContent?.trim()).toBe('Valider ma réponse');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(text(el, '[part="feedback"]')).toContain('Bonne réponse !');
    expect(focused(el)?.textContent?.trim()).toBe('Question suivante');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)?.id).toBe('question-heading');
    // checkboxes: Space toggles
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{Tab}');
    await userEvent.keyboard(' ');
    await settle(el);
    await userEvent.keyboard('{Tab}{Tab}');
    expect(focused(el)?.textContent?.trim()).toBe('Valider ma réponse');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(text(el, '[part="feedback"]')).toContain('Bonne réponse !');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    // text: type and press Enter in the field
    await userEvent.keyboard('{Tab}');
    expect(focused(el)?.id).toBe('answer');
    await userEvent.keyboard('phishing{Enter}');
    await settle(el);
    expect(text(el, '[part="feedback"]')).toContain('Bonne réponse !');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)?.id).toBe('result-heading');
    expect(text(el, '.qd-quiz__score')).toBe('3 / 3');
    expect(done).toHaveBeenCalledTimes(1);
    // Shift+Tab goes back from the first result button to nowhere inside the question
    button(el, 'Recommencer').focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focused(el)?.textContent?.trim()).not.toBe('Recommencer');
  });
});

describe('qd-quiz · events', () => {
  it('qd-answer and qd-complete carry the answer and the score, bubbling out of the shadow root', async () => {
    const el = await mount(
      'qd-quiz',
      quizWith(['faux-colis', 'ameli-mot-de-passe'], { passScore: 0.5 }),
    );
    const answers: QuizAnswerDetail[] = [];
    let complete: QuizCompleteDetail | undefined;
    document.addEventListener('qd-answer', (e) =>
      answers.push((e as CustomEvent<QuizAnswerDetail>).detail),
    );
    document.addEventListener(
      'qd-complete',
      (e) => (complete = (e as CustomEvent<QuizCompleteDetail>).detail),
      { once: true },
    );
    await click(el, 'Commencer');
    await choose(el, 'Je ne clique pas');
    await click(el, 'Valider ma réponse');
    await click(el, 'Question suivante');
    await choose(el, 'Vrai');
    await click(el, 'Valider ma réponse');
    await click(el, 'Voir mon résultat');
    expect(answers).toEqual([
      {
        questionId: 'faux-colis',
        correct: true,
        answer: [
          "Je ne clique pas et je vérifie sur le site officiel du transporteur, en tapant moi-même l'adresse",
        ],
      },
      { questionId: 'ameli-mot-de-passe', correct: false, answer: ['Vrai'] },
    ]);
    expect(complete).toEqual({
      score: 1,
      total: 2,
      passed: true,
      results: [
        { questionId: 'faux-colis', correct: true },
        { questionId: 'ameli-mot-de-passe', correct: false },
      ],
    });
  });
});

describe('qd-quiz · storage', () => {
  it('with storage="local", progress survives a reload', async () => {
    const c = quizWith(['faux-colis', 'ameli-mot-de-passe', 'nom-arnaque']);
    const el = await mount('qd-quiz', c, { storage: 'local' });
    await click(el, 'Commencer');
    await choose(el, 'Je ne clique pas');
    await click(el, 'Valider ma réponse');
    await click(el, 'Question suivante');
    const saved = JSON.parse(localStorage.getItem('qd:quiz-progress:reperer-hameconnage')!);
    expect(saved).toMatchObject({
      kit: 'quartiers-douai',
      type: 'quiz-progress',
      version: 1,
      data: { index: 1 },
    });
    el.remove();
    const again = await mount('qd-quiz', c, { storage: 'local' });
    expect(text(again)).toContain('Question 2 sur 3');
    expect(text(again, '[part="notice"]')).toBe('Vous reprenez là où vous en étiez.');
  });

  it('corrupt saved progress is set aside under a quarantine key and reported', async () => {
    localStorage.setItem(
      'qd:quiz-progress:reperer-hameconnage',
      '{"kit":"quartiers-douai","type":"quiz-progress","version":1,"data":{"index":"trois"}}',
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount('qd-quiz', quizWith(['faux-colis']), { storage: 'local' });
    warn.mockRestore();
    expect(q(el, 'h2')!.textContent).toContain('Repérer');
    expect(text(el, '[part="notice"]')).toContain('abîmées');
    const keys = Object.keys(localStorage);
    expect(keys.some((k) => k.startsWith('qd:quarantine:quiz-progress:reperer-hameconnage:'))).toBe(
      true,
    );
    expect(keys).not.toContain('qd:quiz-progress:reperer-hameconnage');
  });

  it('"Effacer mes données" removes what the quiz kept, and leaves other prototypes\' data (a kiosk ballot box) alone', async () => {
    localStorage.setItem('qd:poll-ballots:fete-quartier-2026', '{"kit":"quartiers-douai"}');
    const el = await mount('qd-quiz', quizWith(['faux-colis']), { storage: 'local' });
    await click(el, 'Commencer');
    await choose(el, 'Je ne clique pas');
    await click(el, 'Valider ma réponse');
    await click(el, 'Voir mon résultat');
    expect(Object.keys(localStorage).length).toBeGreaterThan(0);
    await click(el, 'Effacer mes données');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('qd:'))).toEqual([
      'qd:poll-ballots:fete-quartier-2026',
    ]);
    expect(text(el, '[part="notice"]')).toBe('Vos données ont été effacées de cet appareil.');
  });
});

describe('qd-quiz · download and resume from a file', () => {
  /** Clicks "Télécharger mes données" and returns the downloaded file's JSON. */
  async function download(el: QdQuiz): Promise<{ data: Record<string, unknown> }> {
    const links: HTMLAnchorElement[] = [];
    const grab = (e: Event) => {
      if (e.target instanceof HTMLAnchorElement) {
        links.push(e.target);
        e.preventDefault();
      }
    };
    document.addEventListener('click', grab, true);
    try {
      button(el, 'Télécharger mes données').click();
    } finally {
      document.removeEventListener('click', grab, true);
    }
    expect(links).toHaveLength(1);
    expect(links[0]!.download).toBe('quiz-reperer-hameconnage.json');
    return JSON.parse(await (await fetch(links[0]!.href)).text());
  }
  /** Gives a file to "Reprendre depuis un fichier", as a person picking it would. */
  async function resumeFrom(el: QdQuiz, json: string): Promise<void> {
    const input = q<HTMLInputElement>(el, '[part="data-tools"] input[type="file"]')!;
    const files = new DataTransfer();
    files.items.add(new File([json], 'progression.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(text(el, '[part="notice"]')).not.toBe(''));
    await settle(el);
  }
  const finishOne = async (el: QdQuiz) => {
    await click(el, 'Commencer');
    await choose(el, 'Je ne clique pas');
    await click(el, 'Valider ma réponse');
    await click(el, 'Voir mon résultat');
  };

  it('the downloaded file brings a finished round back on another device', async () => {
    const c = quizWith(['faux-colis']);
    const el = await mount('qd-quiz', c, { storage: 'local' });
    await finishOne(el);
    const file = await download(el);
    expect(file).toMatchObject({
      kit: 'quartiers-douai',
      type: 'quiz-progress',
      data: { finished: true },
    });
    el.remove();
    localStorage.clear();
    const other = await mount('qd-quiz', c, { storage: 'local' });
    expect(text(other)).toContain('Commencer');
    await resumeFrom(other, JSON.stringify(file));
    expect(text(other, '[part="notice"]')).toBe('Vos données ont été reprises depuis le fichier.');
    expect(text(other)).toContain('1 / 1');
    expect(localStorage.getItem('qd:quiz-progress:reperer-hameconnage')).toContain(
      '"finished":true',
    );
  });

  it('a file of another quiz is refused, and the progress saved before stays', async () => {
    const el = await mount('qd-quiz', quizWith(['faux-colis']), { storage: 'local' });
    await finishOne(el);
    const before = localStorage.getItem('qd:quiz-progress:reperer-hameconnage');
    const foreign = {
      kit: 'quartiers-douai',
      type: 'quiz-progress',
      version: 1,
      savedAt: new Date().toISOString(),
      data: {
        ids: ['une-autre-question'],
        orders: [[0, 1]],
        index: 0,
        answers: [{}],
        checked: false,
        mistakesOnly: false,
        finished: false,
      },
    };
    await resumeFrom(el, JSON.stringify(foreign));
    expect(text(el, '[part="notice"]')).toContain("n'a pas pu être repris");
    expect(text(el, '[part="notice"]')).toContain('ne correspond pas à ce contenu');
    expect(localStorage.getItem('qd:quiz-progress:reperer-hameconnage')).toBe(before);
    expect(text(el)).toContain('1 / 1');
  });

  it('with storage="none", no data buttons: there is nothing to download or erase', async () => {
    const el = await mount('qd-quiz', quizWith(['faux-colis']));
    await finishOne(el);
    expect(q(el, '[part="data-tools"]')).toBeNull();
    expect(() => button(el, 'Télécharger mes données')).toThrow();
  });
});

describe('qd-quiz · print', () => {
  it('prints every question, and an answer key with print-answers', async () => {
    const el = await mount('qd-quiz', quizWith(['faux-colis', 'ameli-mot-de-passe']), {
      'print-answers': '',
    });
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    const print = q(el, '.qd-print')!;
    expect(print.querySelectorAll('.qd-print__question')).toHaveLength(2);
    expect(print.textContent).toContain('Vrai');
    expect(print.querySelector('.qd-print__key')!.textContent).toContain('La bonne réponse : Faux');
    expect(getComputedStyle(print).display).toBe('none'); // hidden on screen
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(q(el, '.qd-print')).toBeNull();
  });

  it('"Imprimer" prints the same paper version, then gives the focus back to the button', async () => {
    const el = await mount('qd-quiz', quizWith(['faux-colis', 'ameli-mot-de-passe']));
    let printed: Element | null = null;
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      printed = q(el, '.qd-print');
      (root(el).activeElement as HTMLElement | null)?.blur(); // the dialog takes the focus
    });
    button(el, 'Imprimer').focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(print).toHaveBeenCalledOnce());
    expect(printed!.querySelectorAll('.qd-print__question')).toHaveLength(2);
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    expect(q(el, '.qd-print')).toBeNull();
    expect(focused(el)).toBe(button(el, 'Imprimer'));
    print.mockRestore();
  });
});

describe('qd-quiz · i18n and RTL', () => {
  it('Arabic UI switches to right-to-left', async () => {
    const el = await mount('qd-quiz', quizWith(['faux-colis']), { lang: 'ar' });
    expect(q(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    expect(button(el, 'ابدأ')).toBeTruthy();
    await click(el, 'ابدأ');
    expect(text(el)).toContain('السؤال 1 من 1');
  });

  it('English UI', async () => {
    const el = await mount('qd-quiz', quizWith(['faux-colis']), { lang: 'en' });
    await click(el, 'Start');
    expect(text(el)).toContain('Question 1 of 1');
  });
});

describe('qd-quiz · accessibility (axe, WCAG 2.2 AA)', () => {
  it('start, question, feedback, result and error screens have no violation', async () => {
    const el = await mount('qd-quiz', quizWith(['faux-colis', 'nom-arnaque']));
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Commencer');
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Valider ma réponse'); // error message
    expect(await axeViolations(el)).toEqual([]);
    await choose(el, 'Je clique');
    await click(el, 'Valider ma réponse'); // feedback
    expect(await axeViolations(el)).toEqual([]);
    await click(el, 'Question suivante');
    await write(el, 'phishing');
    await click(el, 'Valider ma réponse');
    await click(el, 'Voir mon résultat');
    expect(await axeViolations(el)).toEqual([]);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    el.content = { version: 1, title: '', questions: [] };
    await settle(el);
    errors.mockRestore();
    expect(q(el, '[role="alert"]')).toBeTruthy();
    expect(await axeViolations(el)).toEqual([]);
  });
});

// Content rendered as text (XSS): the quality gates' gate 3 (tools/quality/src/xss.test.ts) puts its
// payloads in every field of every sample and walks every question, its feedback and the result.
// Two copies of the bundle on one page: apps/embed/test/cdn.test.ts (demo/ensemble.html).
