import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { QdScreenPact, PactSubmitDetail, PrintDetail } from '../index.js';
import { clone, samples, withRules } from '../fixtures.js';
import {
  axeViolations,
  button,
  cleanup,
  click,
  emulate,
  field,
  focused,
  mount,
  norm,
  q,
  qa,
  root,
  settle,
  text,
  tick,
  type,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import '../test/guide.js'; // settle waits for the agreement's code

const pact = (
  content: unknown = samples.library,
  attrs: Record<string, string> = {},
  setup?: (el: QdScreenPact) => void,
) => mount('qd-screen-pact', content, attrs, setup);

/** The rules on offer, by group legend, with their ticked state. */
function offered(el: Element): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const fs of qa(el, 'fieldset')) {
    const boxes = [...fs.querySelectorAll<HTMLInputElement>('input[name="rule"]')];
    if (boxes.length === 0) continue;
    out[norm(fs.querySelector('legend')!.textContent)] = boxes.map(
      (b) => `${b.checked ? '☑' : '☐'} ${norm(b.closest('label')!.textContent)}`,
    );
  }
  return out;
}
const ruleIds = (el: Element) => qa<HTMLInputElement>(el, 'input[name="rule"]').map((b) => b.value);
const customField = (el: Element) => q<HTMLInputElement>(el, '#custom-rule')!;

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('qd-screen-pact · defaults', () => {
  it('without an age: every rule is offered, the advised ones ticked, grouped by who commits', async () => {
    const el = await pact();
    expect(text(el, '#pact-heading')).toBe('Notre pacte familial');
    expect(ruleIds(el)).toHaveLength(samples.library.pactRules!.length);
    const groups = offered(el);
    expect(Object.keys(groups)).toEqual([
      "Toute la famille s'engage à :",
      "Les parents s'engagent à :",
      "Les enfants s'engagent à :",
    ]);
    expect(groups["Toute la famille s'engage à :"]![0]).toBe(
      "☑ Pas d'écran pendant les repas : on se parle.",
    );
    expect(groups["Toute la famille s'engage à :"]).toContain(
      '☐ Chaque semaine, un moment tous ensemble sans écran : jeu, sortie, lecture.',
    );
    expect(qa<HTMLInputElement>(el, 'input[name="age"]').some((b) => b.checked)).toBe(false);
  });
});

describe('qd-screen-pact · age-appropriate rules', () => {
  it('ages="0-2": no screens before 3 is advised; teen rules are not offered', async () => {
    const el = await pact(samples.library, { ages: '0-2' });
    expect(field(el, 'Moins de 3 ans').checked).toBe(true);
    expect(
      field(
        el,
        "Pas d'écran pour les enfants de moins de 3 ans, même une télévision allumée à côté.",
      ).checked,
    ).toBe(true);
    expect(ruleIds(el)).not.toContain('compte-prive');
    expect(ruleIds(el)).not.toContain('demander-appli');
  });

  it('ages="15-17": private accounts advised, no "before 3" rule; ticking another age adds its rules', async () => {
    const el = await pact(samples.library, { ages: '15-17' });
    expect(
      field(
        el,
        "Sur les réseaux sociaux, mon compte reste privé et j'accepte seulement les gens que je connais en vrai.",
      ).checked,
    ).toBe(true);
    expect(ruleIds(el)).not.toContain('pas-avant-3-ans');
    await tick(el, 'Moins de 3 ans');
    expect(ruleIds(el)).toEqual(expect.arrayContaining(['pas-avant-3-ans', 'compte-prive']));
  });

  it('the family changes the advice: an unticked rule stays unticked', async () => {
    const el = await pact(samples.library, { ages: '9-11' });
    await tick(el, "Pas d'écran pendant les repas : on se parle.");
    await tick(el, '12 à 14 ans');
    expect(field(el, "Pas d'écran pendant les repas : on se parle.").checked).toBe(false);
  });
});

describe('qd-screen-pact · rules of your own', () => {
  it('adds a rule with the button or Enter, announces it, and removes it', async () => {
    const el = await pact(withRules(['repas-sans-ecran']));
    await type(el, customField(el), '  Pas de téléphone dans la salle de bain  ');
    await click(el, 'Ajouter cette règle');
    expect(text(el, '[part="notice"]')).toBe(
      'Règle ajoutée : Pas de téléphone dans la salle de bain',
    );
    expect(customField(el).value).toBe('');
    expect(focused(el)?.id).toBe('custom-rule');
    customField(el).focus();
    await userEvent.keyboard('Les jeux en ligne, le mercredi et le samedi{Enter}');
    await settle(el);
    expect(qa(el, '.qd-custom > span').map((s) => norm(s.textContent))).toEqual([
      'Pas de téléphone dans la salle de bain',
      'Les jeux en ligne, le mercredi et le samedi',
    ]);
    expect(q(el, '.qd-doc')).toBeNull(); // Enter added the rule, it did not submit the form
    await click(el, 'Retirer « Pas de téléphone dans la salle de bain »');
    expect(qa(el, '.qd-custom > span').map((s) => norm(s.textContent))).toEqual([
      'Les jeux en ligne, le mercredi et le samedi',
    ]);
    expect(focused(el)?.id).toBe('custom-rule');
  });

  it('an empty or too long rule: a role="alert" message linked to the field', async () => {
    const el = await pact(withRules(['repas-sans-ecran']));
    await click(el, 'Ajouter cette règle');
    const alert = q(el, '#custom-error')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(norm(alert.textContent)).toBe("Écrivez la règle avant de l'ajouter.");
    expect(customField(el).getAttribute('aria-describedby')).toBe('custom-error');
    expect(customField(el).getAttribute('aria-invalid')).toBe('true');
    expect(focused(el)?.id).toBe('custom-rule');
    await type(el, customField(el), 'x'.repeat(201));
    expect(q(el, '#custom-error')).toBeNull(); // typing clears the message
    await click(el, 'Ajouter cette règle');
    expect(text(el, '#custom-error')).toBe('Cette règle est trop longue : 200 caractères au plus.');
    expect(qa(el, '.qd-custom')).toHaveLength(0);
  });
});

describe('qd-screen-pact · the agreement', () => {
  it('no rule at all: says so (role="alert") instead of an empty agreement', async () => {
    const el = await pact(withRules(['repas-sans-ecran']));
    await tick(el, "Pas d'écran pendant les repas : on se parle.");
    await click(el, 'Voir notre pacte');
    expect(text(el, '#rules-error')).toBe('Cochez ou ajoutez au moins une règle.');
    expect(q(el, '#rules-error')!.getAttribute('role')).toBe('alert');
    expect(q(el, '.qd-doc')).toBeNull();
    expect((focused(el) as HTMLInputElement).name).toBe('rule');
  });

  it("shows the agreement: rules by group, own rules with the family's, today's date, a line per name to sign", async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-05T18:00:00') });
    try {
      const el = await pact(samples.library, { ages: '9-11' });
      await type(el, customField(el), 'Le dimanche, balade sans téléphone');
      await click(el, 'Ajouter cette règle');
      await type(el, q<HTMLTextAreaElement>(el, '#signers')!, 'Maman\n\nPapa\nInès  \n');
      await click(el, 'Voir notre pacte');
      const doc = q(el, '[part="document"]')!;
      expect(focused(el)?.id).toBe('doc-heading');
      expect(norm(doc.querySelector('h2')!.textContent)).toBe('Notre pacte familial');
      expect(norm(doc.querySelector('p')!.textContent)).toBe('Fait le 5 décembre 2026');
      const groups = [...doc.querySelectorAll('h3')].map((h) => norm(h.textContent));
      expect(groups).toEqual([
        "Toute la famille s'engage à :",
        "Les parents s'engagent à :",
        "Les enfants s'engagent à :",
        'Signatures',
      ]);
      const family = [...doc.querySelectorAll('ul')][0]!;
      expect(norm(family.firstElementChild!.textContent)).toBe(
        "Pas d'écran pendant les repas : on se parle.",
      );
      expect(norm(family.lastElementChild!.textContent)).toBe('Le dimanche, balade sans téléphone');
      expect(
        [...doc.querySelectorAll('.qd-signatures li')].map((li) => norm(li.textContent)),
      ).toEqual(['Maman', 'Papa', 'Inès']);
      expect(norm(doc.textContent)).toContain('On en reparle ensemble le :');
      await click(el, 'Modifier le pacte');
      expect(focused(el)?.id).toBe('pact-heading');
      expect(q<HTMLTextAreaElement>(el, '#signers')!.value).toBe('Maman\n\nPapa\nInès  \n');
    } finally {
      vi.useRealTimers();
    }
  });

  it('without names: four blank lines to sign', async () => {
    const el = await pact(withRules(['repas-sans-ecran']));
    await click(el, 'Voir notre pacte');
    expect(qa(el, '.qd-signatures li')).toHaveLength(4);
  });
});

describe('qd-screen-pact · keyboard', () => {
  it('ticks, writes a rule, signs and opens the agreement with the keyboard only', async () => {
    const el = await pact(withRules(['repas-sans-ecran', 'demander-appli']), { ages: '6-8' });
    const tab = (n: number) => userEvent.keyboard('{Tab}'.repeat(n));
    q<HTMLElement>(el, '#pact-heading')!.focus();
    await tab(2); // "Facile à lire", then the first age
    expect((focused(el) as HTMLInputElement).name).toBe('age');
    await tab(6); // 6 ages, then the first rule
    expect((focused(el) as HTMLInputElement).value).toBe('repas-sans-ecran');
    await userEvent.keyboard(' ');
    await settle(el);
    expect(field(el, "Pas d'écran pendant les repas : on se parle.").checked).toBe(false);
    await tab(2);
    expect(focused(el)?.id).toBe('custom-rule');
    await userEvent.keyboard('On se dit bonne nuit sans écran{Enter}');
    await settle(el);
    await tab(2); // "Ajouter cette règle", then the names
    expect(focused(el)?.id).toBe('signers');
    await userEvent.keyboard('Awa');
    await tab(1);
    expect(norm(focused(el)?.textContent)).toBe('Voir notre pacte');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)?.id).toBe('doc-heading');
    const doc = norm(q(el, '[part="document"]')!.textContent);
    expect(doc).toContain('Je demande avant de télécharger une appli ou un jeu.');
    expect(doc).toContain('On se dit bonne nuit sans écran');
    expect(doc).not.toContain("Pas d'écran pendant les repas");
    expect(doc).toContain('Awa');
  });
});

describe('qd-screen-pact · events', () => {
  it('qd-submit (rule ids and counts, no names, no own rule text) and qd-print bubble out', async () => {
    vi.spyOn(window, 'print').mockImplementation(() => {});
    const el = await pact(withRules(['repas-sans-ecran', 'parents-ecoute', 'compte-prive']), {
      ages: '12-14',
    });
    const got: Array<PactSubmitDetail | PrintDetail> = [];
    const on = (e: Event) => got.push((e as CustomEvent).detail);
    document.addEventListener('qd-submit', on);
    document.addEventListener('qd-print', on);
    await type(el, customField(el), 'Secret de famille');
    await click(el, 'Ajouter cette règle');
    await type(el, q<HTMLTextAreaElement>(el, '#signers')!, 'Karim\nSofia');
    await click(el, 'Voir notre pacte');
    await click(el, 'Imprimer le pacte');
    document.removeEventListener('qd-submit', on);
    document.removeEventListener('qd-print', on);
    expect(got).toEqual([
      {
        ages: ['12-14'],
        rules: ['repas-sans-ecran', 'parents-ecoute', 'compte-prive'],
        custom: 1,
        signatories: 2,
      },
      { document: 'pact' },
    ]);
    expect(JSON.stringify(got)).not.toMatch(/Karim|Secret/);
    expect(window.print).toHaveBeenCalledTimes(1);
  });
});

describe('qd-screen-pact · storage', () => {
  it('with storage="local", the agreement being written survives a reload', async () => {
    const el = await pact(samples.library, { storage: 'local', ages: '6-8' });
    await tick(el, 'Je demande avant de télécharger une appli ou un jeu.');
    await type(el, customField(el), 'Pas de console avant les devoirs');
    await click(el, 'Ajouter cette règle');
    el.remove();
    const again = await pact(samples.library, { storage: 'local', ages: '6-8' });
    expect(text(again, '[part="notice"]')).toBe('Vous reprenez là où vous en étiez.');
    expect(field(again, 'Je demande avant de télécharger une appli ou un jeu.').checked).toBe(
      false,
    );
    expect(text(again, '.qd-custom > span')).toBe('Pas de console avant les devoirs');
  });

  it('corrupt saved data is set aside and reported', async () => {
    localStorage.setItem(
      'qd:screen-pact:controle-parental',
      '{"kit":"quartiers-douai","type":"screen-pact","version":1,"data":{"custom":"oui"}}',
    );
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await pact(samples.library, { storage: 'local' });
    expect(text(el, '[part="notice"]')).toContain('abîmées');
    expect(
      Object.keys(localStorage).some((k) =>
        k.startsWith('qd:quarantine:screen-pact:controle-parental:'),
      ),
    ).toBe(true);
    expect(ruleIds(el)).toHaveLength(samples.library.pactRules!.length);
  });
});

describe('qd-screen-pact · print', () => {
  afterEach(() => emulate({ media: null }));

  it('prints only the agreement, even from the form', async () => {
    const el = await pact(samples.library, { ages: '3-5' });
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    const doc = q(el, '[part="document"]')!;
    expect(getComputedStyle(doc.parentElement!).display).toBe('none'); // on screen, the form stays
    await emulate({ media: 'print' });
    expect(getComputedStyle(doc.parentElement!).display).toBe('block');
    expect(getComputedStyle(q(el, '[part="pact"]')!).display).toBe('none');
    expect(norm(doc.textContent)).toContain("Pas d'écran le matin avant l'école.");
    window.dispatchEvent(new Event('afterprint'));
    await settle(el);
    await emulate({ media: null });
    expect(q(el, '[part="document"]')).toBeNull();
  });
});

describe('qd-screen-pact · accessibility', () => {
  it('no axe violation on the form, its errors and the agreement', async () => {
    const el = await pact(withRules(['repas-sans-ecran']), { ages: '9-11' });
    const seen: Record<string, string[]> = { form: await axeViolations(el) };
    await click(el, 'Ajouter cette règle');
    await tick(el, "Pas d'écran pendant les repas : on se parle.");
    await click(el, 'Voir notre pacte');
    seen.errors = await axeViolations(el);
    await tick(el, "Pas d'écran pendant les repas : on se parle.");
    await click(el, 'Voir notre pacte');
    seen.agreement = await axeViolations(el);
    expect(seen).toEqual({ form: [], errors: [], agreement: [] });
  });
});

describe('qd-screen-pact · i18n and RTL', () => {
  it('Arabic: right to left, Arabic group titles', async () => {
    const el = await pact(samples.library, { lang: 'ar', ages: '6-8' });
    expect(q(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    expect(text(el, '#pact-heading')).toBe('ميثاقنا العائلي');
    expect(qa(el, 'fieldset legend').map((l) => norm(l.textContent))).toContain(
      'تلتزم العائلة كلها بـ:',
    );
    expect(button(el, 'اعرض ميثاقنا')).toBeTruthy();
  });
});

describe('qd-screen-pact · content rendered as text (XSS)', () => {
  const payloads = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '[x](javascript:window.__pwned=1)',
    '<svg onload="window.__pwned=1"></svg>',
  ];
  beforeEach(() => {
    (window as any).__pwned = undefined;
  });

  it.each(payloads)('%s in rules, own rules and names stays text', async (payload) => {
    const c = clone(samples.library);
    c.pactRules![0]!.text = `Règle ${payload}`;
    const el = await pact(c);
    await type(el, customField(el), `Mienne ${payload}`);
    await click(el, 'Ajouter cette règle');
    await type(el, q<HTMLTextAreaElement>(el, '#signers')!, `Nom ${payload}`);
    await click(el, 'Voir notre pacte');
    const doc = q(el, '[part="document"]')!;
    expect(norm(doc.textContent)).toContain(`Mienne ${payload}`);
    expect(norm(doc.textContent)).toContain(`Nom ${payload}`);
    expect(
      root(el).querySelectorAll('script, img, iframe, object, svg:not([aria-hidden="true"])'),
    ).toHaveLength(0);
    expect(root(el).querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
    expect((window as any).__pwned).toBeUndefined();
  });
});
