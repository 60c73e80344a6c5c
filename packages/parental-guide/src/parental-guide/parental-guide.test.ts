/** `<qd-parental-guide>`: defaults, attributes, content, keyboard, events, storage, accessibility, languages, text (tests of the questions, the cards and the print beside their code). */
import { describe, it, expect, afterEach, beforeEach, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { GuideCompleteDetail, GuideProgressDetail, PrintDetail } from '../index.js';
import { clone, exampleCentre, samples, withCentre } from '../fixtures.js';
import type { GuideContentInput } from '../schema.js';
import {
  axeViolations,
  button,
  cleanup,
  click,
  emulate,
  field,
  focused,
  norm,
  q,
  qa,
  settle,
  text,
  tick,
} from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import { guide, answer, titles, helpText, links, pactOf } from '../test/guide.js';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// --- defaults -------------------------------------------------------------------------------
describe('qd-parental-guide · defaults', () => {
  it('shows the title, the intro, "Commencer", and the "Besoin d\'aide ?" block with 3018, jeprotegemonenfant.gouv.fr and 119', async () => {
    const el = await guide();
    expect(text(el, 'h2')).toBe('Contrôle parental : le guide de votre famille');
    expect(text(el, '[part="start"]')).toContain('Répondez à trois questions');
    expect(button(el, 'Commencer')).toBeTruthy();
    const help = q(el, 'aside[part="help"]')!;
    expect(norm(help.querySelector('h2')!.textContent)).toBe("Besoin d'aide ?");
    expect(links(el, '[part="help"]')).toEqual([
      'tel:3018',
      'https://3018.fr',
      'https://jeprotegemonenfant.gouv.fr',
      'tel:119',
      'https://www.allo119.gouv.fr',
    ]);
    expect(helpText(el)).toContain('Gratuit, anonyme et confidentiel');
  });

  it('keeps nothing on the device by default (storage="none")', async () => {
    const el = await guide();
    await answer(el, { devices: ['iPhone'] });
    await tick(el, 'Étape 1 faite');
    expect(el.storage).toBe('none');
    expect([...Object.keys(localStorage), ...Object.keys(sessionStorage)]).toEqual([]);
  });

  it('without content, explains how to give some and still shows the national helplines', async () => {
    const el = await guide(null);
    expect(text(el)).toContain('Aucun contenu à afficher');
    expect(links(el, '[part="help"]')).toEqual([
      'tel:3018',
      'https://3018.fr',
      'https://jeprotegemonenfant.gouv.fr',
    ]);
    expect(helpText(el)).toContain('harcèlement et violences en ligne');
  });
});

// --- attributes -----------------------------------------------------------------------------
describe('qd-parental-guide · attributes and properties', () => {
  it('the centre of the content is in "Besoin d\'aide ?"; centre-name, centre-phone and centre-email override it', async () => {
    const el = await guide(withCentre());
    expect(helpText(el)).toContain(
      `${exampleCentre.name} — ${exampleCentre.address} — ${exampleCentre.hours}`,
    );
    expect(links(el, '[part="help"]')).toContain(`mailto:${exampleCentre.email}`);
    el.setAttribute('centre-name', 'Centre social Gayant');
    el.setAttribute('centre-phone', '03 27 99 99 99');
    el.setAttribute('centre-email', 'contact@gayant.example');
    await settle(el);
    expect(helpText(el)).toContain('Centre social Gayant');
    expect(helpText(el)).toContain('Appeler le 03 27 99 99 99');
    expect(links(el, '[part="help"]')).toEqual(
      expect.arrayContaining(['tel:0327999999', 'mailto:contact@gayant.example']),
    );
  });

  it('a centre e-mail that is not an address stays text, never a link', async () => {
    const el = await guide(samples.library, {
      'centre-name': 'Centre',
      'centre-email': 'javascript:alert(1)',
    });
    expect(
      links(el, '[part="help"]').some(
        (h) => h!.startsWith('javascript') || h!.startsWith('mailto'),
      ),
    ).toBe(false);
  });

  it('easy shows the easy-to-read texts, and the "Facile à lire" toggle switches them', async () => {
    const el = await guide(samples.library, { easy: '' });
    expect(button(el, 'Facile à lire').getAttribute('aria-pressed')).toBe('true');
    expect(text(el, '[part="start"]')).toContain('Répondez à 3 questions.');
    await click(el, 'Facile à lire');
    expect(text(el, '[part="start"]')).toContain('Répondez à trois questions');
    await click(el, 'Facile à lire');
    await answer(el, { devices: ['iPhone'], concerns: ['Les achats et les dépenses'] });
    expect(titles(el)).toEqual([['iPhone et iPad : bloquer les achats']]);
    expect(text(el, '.qd-steps')).toContain("Activez « Demander l'autorisation d'achat ».");
  });

  it('read-aloud shows "Écouter" on each guide, and reads it in the content language', async () => {
    const spoken: SpeechSynthesisUtterance[] = [];
    vi.stubGlobal('speechSynthesis', {
      speak: (u: SpeechSynthesisUtterance) => spoken.push(u),
      cancel: () => {},
      getVoices: () => [],
    });
    const el = await guide(samples.library, { 'read-aloud': '' });
    await answer(el, { devices: ['iPhone'], concerns: ['Les achats et les dépenses'] });
    await click(el, 'Écouter');
    expect(spoken).toHaveLength(1);
    expect(spoken[0]!.lang).toBe('fr');
    expect(spoken[0]!.text).toMatch(
      /^iPhone et iPad : « Demander l'autorisation d'achat »\. 1\. Sur votre iPhone, ouvrez Réglages/,
    );
    expect(button(el, 'Arrêter la lecture').getAttribute('aria-pressed')).toBe('true');
  });
});

// --- content loading ------------------------------------------------------------------------
describe('qd-parental-guide · content loading and errors', () => {
  it('property, src and inline JSON give the same guide', async () => {
    const viaProperty = await guide();
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(samples.library)], { type: 'application/json' }),
    );
    const viaSrc = await guide(null, { src: url });
    await vi.waitFor(() => expect(viaSrc.contentStatus).toBe('ready'));
    await settle(viaSrc);
    const viaInline = await guide(null, {}, (el) => {
      const s = document.createElement('script');
      s.type = 'application/json';
      s.textContent = JSON.stringify(samples.library);
      el.append(s);
    });
    const seen = [];
    for (const el of [viaProperty, viaSrc, viaInline]) {
      await answer(el, { devices: ['Xbox (One, Series X ou S)'] });
      seen.push(JSON.stringify(titles(el)));
    }
    expect(new Set(seen).size).toBe(1);
    expect(seen[0]).toBe('[["Xbox : l\'application Xbox Family Settings"]]');
  });

  it('invalid content: the French panel says where and what to change, and the help block stays', async () => {
    const bad = clone(samples.library) as any;
    bad.guides[6].appliesTo = ['swicth'];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const el = await guide(bad);
    const alert = q(el, '[role="alert"]')!;
    expect(norm(alert.textContent)).toContain(
      'guides[6].appliesTo[0] : l\'appareil « swicth » n\'existe pas dans "devices"',
    );
    expect(qa(el, '[part="error"] button')).toHaveLength(0);
    expect(helpText(el)).toContain('3018');
    expect(errors).toHaveBeenCalledTimes(1);
  });

  it('a missing file: says so with a retry button, and the help block stays', async () => {
    const el = await guide(null, { src: '/nulle-part/guide.json' });
    await vi.waitFor(() => expect(el.contentStatus).toBe('fetch-error'));
    await settle(el);
    expect(text(el, '[role="alert"]')).toContain('introuvable (erreur 404)');
    expect(button(el, 'Réessayer')).toBeTruthy();
    expect(links(el, '[part="help"]')).toContain('tel:3018');
  });
});

// --- keyboard -------------------------------------------------------------------------------
describe('qd-parental-guide · one status region', () => {
  it('the questions, the cards and the printed list speak through the guide’s one status region', async () => {
    const el = await guide();
    await click(el, 'Commencer');
    for (let i = 0; i < 3; i++) await click(el, 'Passer cette question');
    expect(q(el, '[part="guide"] h3')).not.toBeNull(); // the cards are shown
    const regions = qa(el, '[role="status"]');
    expect(regions).toHaveLength(1);
    expect(norm(regions[0]!.textContent)).toBe(
      'Question passée : le guide montrera tout pour cette question.',
    );
    expect(focused(el)?.id).toBe('guide-heading');
  });
});

describe('qd-parental-guide · keyboard', () => {
  it('runs from the questions to the printed list and the agreement with the keyboard only, focus on each heading', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const el = await guide();
    button(el, 'Commencer').focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)?.id).toBe('step-heading');
    await userEvent.keyboard('{Tab}');
    expect(focused(el)?.id).toBe('name-c1');
    await userEvent.keyboard('Sami{Tab}');
    expect((focused(el) as HTMLInputElement).type).toBe('radio');
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}'); // arrows move and select in a radio group
    await settle(el);
    expect(field(el, '9 à 11 ans').checked).toBe(true);
    await userEvent.keyboard('{Tab}{Tab}');
    expect(norm(focused(el)?.textContent)).toBe('Suivant');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)?.id).toBe('step-heading');
    expect(text(el, '#step-heading')).toBe('Les appareils et les applis');
    await userEvent.keyboard('{Tab} '); // Android phone
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab} '); // Switch
    await settle(el);
    expect(field(el, 'Nintendo Switch ou Switch 2').checked).toBe(true);
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}{Tab}{Tab}{Tab}');
    expect(norm(focused(el)?.textContent)).toBe('Suivant');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    await userEvent.keyboard('{Tab} {Tab}{Tab} '); // temps d'écran, achats
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}');
    expect(norm(focused(el)?.textContent)).toBe('Voir mon guide');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)?.id).toBe('guide-heading');
    expect(titles(el)[0]).toHaveLength(3);
    // Tab: print, agreement, change answers, legal link, then the first step's checkbox
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}{Tab}');
    expect(norm((focused(el) as HTMLInputElement).closest('label')?.textContent)).toBe(
      'Étape 1 faite',
    );
    await userEvent.keyboard(' ');
    await settle(el);
    expect(text(el, '.qd-count')).toBe('1 étape faite sur 6');
    expect(focused(el)?.getAttribute('type')).toBe('checkbox'); // focus stays on the box
    await userEvent.keyboard('{Shift>}{Tab}{Tab}{Tab}{Tab}{/Shift}');
    expect(norm(focused(el)?.textContent)).toBe('Imprimer ma liste');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(print).toHaveBeenCalledTimes(1);
    expect(q(el, '[part="checklist"]')).toBeTruthy();
    window.dispatchEvent(new Event('afterprint'));
    await userEvent.keyboard('{Tab}{Enter}'); // "Faire notre pacte familial"
    await settle(el);
    expect(focused(el)?.id).toBe('pact-heading');
    expect(norm(focused(el)?.textContent)).toBe('Notre pacte familial');
  });
});

// --- events ---------------------------------------------------------------------------------
describe('qd-parental-guide · events', () => {
  it('qd-complete, qd-progress and qd-print bubble out of the shadow root, with no first name', async () => {
    vi.spyOn(window, 'print').mockImplementation(() => {});
    const el = await guide();
    const complete: GuideCompleteDetail[] = [];
    const progress: GuideProgressDetail[] = [];
    const prints: PrintDetail[] = [];
    const onComplete = (e: Event) => complete.push((e as CustomEvent<GuideCompleteDetail>).detail);
    const onProgress = (e: Event) => progress.push((e as CustomEvent<GuideProgressDetail>).detail);
    const onPrint = (e: Event) => prints.push((e as CustomEvent<PrintDetail>).detail);
    document.addEventListener('qd-complete', onComplete);
    document.addEventListener('qd-progress', onProgress);
    document.addEventListener('qd-print', onPrint);
    await answer(el, {
      children: [['Lina', '12 à 14 ans']],
      devices: ['iPhone'],
      concerns: ['Les achats et les dépenses'],
    });
    await tick(el, 'Étape 2 faite');
    await tick(el, 'Étape 2 faite');
    await click(el, 'Imprimer ma liste');
    document.removeEventListener('qd-complete', onComplete);
    document.removeEventListener('qd-progress', onProgress);
    document.removeEventListener('qd-print', onPrint);
    expect(complete).toEqual([
      {
        children: [{ ageGroup: '12-14', guides: ['apple-achats'] }],
        devices: ['iphone'],
        concerns: ['achats'],
      },
    ]);
    expect(JSON.stringify(complete)).not.toContain('Lina');
    expect(progress).toEqual([
      { child: 0, guideId: 'apple-achats', step: 1, done: true, doneSteps: 1, totalSteps: 3 },
      { child: 0, guideId: 'apple-achats', step: 1, done: false, doneSteps: 0, totalSteps: 3 },
    ]);
    expect(prints).toEqual([{ document: 'checklist' }]);
  });

  it('lifecycle events (qd-content-ready) do not bubble', async () => {
    const bubbled = vi.fn();
    document.addEventListener('qd-content-ready', bubbled);
    const own = vi.fn();
    await guide(samples.library, {}, (el) => el.addEventListener('qd-content-ready', own));
    document.removeEventListener('qd-content-ready', bubbled);
    expect(own).toHaveBeenCalledTimes(1);
    expect(bubbled).not.toHaveBeenCalled();
  });
});

// --- storage --------------------------------------------------------------------------------
describe('qd-parental-guide · storage', () => {
  it('with storage="local", answers and ticked steps survive a reload', async () => {
    const el = await guide(samples.library, { storage: 'local' });
    await answer(el, {
      children: [['Noé', '9 à 11 ans']],
      devices: ['iPhone'],
      concerns: ['Les achats et les dépenses'],
    });
    await tick(el, 'Étape 3 faite');
    const saved = JSON.parse(localStorage.getItem('qd:parental-guide:controle-parental')!);
    expect(saved).toMatchObject({
      kit: 'quartiers-douai',
      type: 'parental-guide',
      version: 1,
      data: { screen: 'guide', devices: ['iphone'], done: ['c1/apple-achats/2'] },
    });
    el.remove();
    const again = await guide(samples.library, { storage: 'local' });
    expect(text(again, '[part="notice"]')).toBe('Vous reprenez là où vous en étiez.');
    expect(text(again, '.qd-child-guide h3')).toBe('Pour Noé — 9 à 11 ans');
    expect(field(again, 'Étape 3 faite').checked).toBe(true);
    expect(text(again, '.qd-count')).toBe('1 étape faite sur 3');
  });

  it('corrupt saved data is set aside under a quarantine key and reported', async () => {
    localStorage.setItem(
      'qd:parental-guide:controle-parental',
      '{"kit":"quartiers-douai","type":"parental-guide","version":1,"data":{"screen":"guide","children":"trois"}}',
    );
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await guide(samples.library, { storage: 'local' });
    // The console explains what was wrong once the French explanations have loaded.
    await vi.waitFor(() =>
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('qd:quarantine:parental-guide:')),
    );
    expect(q(el, '[part="start"]')).toBeTruthy();
    expect(text(el, '[part="notice"]')).toContain('abîmées');
    const keys = Object.keys(localStorage);
    expect(keys.some((k) => k.startsWith('qd:quarantine:parental-guide:controle-parental:'))).toBe(
      true,
    );
    expect(keys).not.toContain('qd:parental-guide:controle-parental');
  });

  it('"Effacer mes données" removes what the guide and its agreement kept, not other prototypes\' data, and goes back to the start', async () => {
    localStorage.setItem('qd:poll-ballots:atelier', '{"kept":true}');
    const el = await guide(samples.library, { storage: 'local' });
    await answer(el, { devices: ['iPad'] });
    await tick(el, 'Étape 1 faite');
    await click(el, 'Faire notre pacte familial');
    await tick(pactOf(el) as HTMLElement, 'Moins de 3 ans', el);
    await click(el, 'Retour au guide');
    expect(Object.keys(localStorage).sort()).toEqual([
      'qd:parental-guide:controle-parental',
      'qd:poll-ballots:atelier',
      'qd:screen-pact:controle-parental',
    ]);
    await click(el, 'Effacer mes données');
    expect(Object.keys(localStorage)).toEqual(['qd:poll-ballots:atelier']);
    expect(text(el, '[part="notice"]')).toBe('Vos données ont été effacées de cet appareil.');
    expect(q(el, '[part="start"]')).toBeTruthy();
  });

  it('a shared device (kiosk-timeout) resets to the start and forgets the answers', async () => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'],
    });
    const el = await guide(samples.library, { storage: 'session', 'kiosk-timeout': '60' });
    await answer(el, { devices: ['iPad'] });
    expect(Object.keys(sessionStorage)).toContain('qd:parental-guide:controle-parental');
    await vi.advanceTimersByTimeAsync(30_500); // 30 s idle, then the warning
    await settle(el);
    expect(text(el, '.qd-kiosk [role="alert"]')).toContain('Il sera remis à zéro dans 30 secondes');
    await vi.advanceTimersByTimeAsync(30_000);
    await settle(el);
    expect(q(el, '[part="start"]')).toBeTruthy();
    expect(text(el, '[part="notice"]')).toBe(
      "L'écran a été remis à zéro pour la personne suivante.",
    );
    expect(Object.keys(sessionStorage)).not.toContain('qd:parental-guide:controle-parental');
  });
});

// --- accessibility --------------------------------------------------------------------------
describe('qd-parental-guide · accessibility', () => {
  it('no axe violation (WCAG 2.2 AA) on any screen', async () => {
    const el = await guide(withCentre());
    const seen: Record<string, string[]> = {};
    seen.start = await axeViolations(el);
    await click(el, 'Commencer');
    await click(el, '+ Ajouter un enfant');
    seen.children = await axeViolations(el);
    await click(el, 'Suivant');
    seen.devices = await axeViolations(el);
    await tick(el, 'iPhone');
    await tick(el, 'TikTok');
    await click(el, 'Suivant');
    seen.concerns = await axeViolations(el);
    await click(el, 'Voir mon guide');
    await tick(el, 'Étape 1 faite');
    seen.guide = await axeViolations(el);
    await click(el, 'Faire notre pacte familial');
    seen.pact = await axeViolations(el);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    el.content = { version: 1, title: '' };
    await settle(el);
    seen.error = await axeViolations(el);
    expect(errors).toHaveBeenCalled();
    expect(seen).toEqual({
      start: [],
      children: [],
      devices: [],
      concerns: [],
      guide: [],
      pact: [],
      error: [],
    });
  }, 90_000);

  it('targets are at least 44 px high, and the guide reflows in 320 px without scrolling sideways', async () => {
    const box = document.createElement('div');
    box.style.width = '320px';
    document.body.append(box);
    try {
      const el = await guide(withCentre(), {}, undefined, box);
      await answer(el, { devices: ['iPhone', 'TikTok'], children: [['', '15 à 17 ans']] });
      const targets = qa(el, 'button, .qd-choice, .qd-done, .qd-links a');
      expect(targets.length).toBeGreaterThan(10);
      const small = targets
        .filter((t) => t.getBoundingClientRect().height < 44)
        .map((t) => norm(t.textContent));
      expect(small).toEqual([]);
      const rootEl = q(el, '.qd-root')!;
      expect(rootEl.scrollWidth).toBeLessThanOrEqual(320);
      expect(qa(el, '[part="card"]').every((c) => c.scrollWidth <= c.clientWidth)).toBe(true);
    } finally {
      box.remove();
    }
  });

  it("focus moves on purpose: step heading, the added child's name, the guide heading, back to the guide", async () => {
    const el = await guide();
    await click(el, 'Commencer');
    expect(focused(el)?.id).toBe('step-heading');
    await click(el, '+ Ajouter un enfant');
    expect(focused(el)?.id).toBe('name-c2');
    await click(el, "Retirer l'enfant 2");
    expect(focused(el)?.id).toBe('add-child');
    await click(el, 'Passer cette question');
    expect(focused(el)?.id).toBe('step-heading');
    await click(el, 'Passer cette question');
    await click(el, 'Voir mon guide');
    expect(focused(el)?.id).toBe('guide-heading');
    await click(el, 'Faire notre pacte familial');
    expect(focused(el)?.id).toBe('pact-heading');
    await click(el, 'Retour au guide');
    expect(focused(el)?.id).toBe('guide-heading');
  });

  it('forced colours: ticked choices are outlined with the system Highlight colour', async () => {
    const el = await guide();
    await click(el, 'Commencer');
    await tick(el, '6 à 8 ans');
    await emulate({ forcedColors: 'active' });
    try {
      const probe = document.createElement('div');
      probe.style.borderColor = 'Highlight';
      probe.style.borderStyle = 'solid';
      document.body.append(probe);
      const checked = field(el, '6 à 8 ans').closest('.qd-choice')!;
      expect(getComputedStyle(checked).borderTopColor).toBe(getComputedStyle(probe).borderTopColor);
      probe.remove();
    } finally {
      await emulate({ forcedColors: null });
    }
  });
});

// --- i18n and RTL ---------------------------------------------------------------------------
describe('qd-parental-guide · i18n and RTL', () => {
  it('Arabic interface: right to left, Arabic labels, French content marked lang="fr"', async () => {
    const el = await guide(samples.library, { lang: 'ar' });
    expect(q(el, '[part="base"]')!.getAttribute('dir')).toBe('rtl');
    expect(text(el, '#help-heading')).toBe('هل تحتاج إلى مساعدة؟');
    await click(el, 'ابدأ');
    expect(text(el, '.qd-kicker')).toBe('الخطوة 1 من 3');
    await tick(el, '9 à 11 ans');
    expect(field(el, '9 à 11 ans').closest('label')!.querySelector('[lang="fr"]')).toBeTruthy();
    await click(el, 'التالي');
    await tick(el, 'iPad');
    await click(el, 'التالي');
    await click(el, 'اعرض دليلي');
    expect(text(el, '#guide-heading')).toBe('دليلك الشخصي');
    const legal = q(el, '[part="legal"]')!;
    // logical properties: the bar is on the start side, i.e. the right in RTL
    expect(parseFloat(getComputedStyle(legal).borderRightWidth)).toBeGreaterThan(0);
    expect(parseFloat(getComputedStyle(legal).borderLeftWidth)).toBe(0);
    expect(text(el, '.qd-count')).toMatch(/^لم تُنجز أي خطوة من 6$|^أُنجزت 0 خطوة من 6$/);
  });

  it('English interface', async () => {
    const el = await guide(samples.library, { lang: 'en' });
    await click(el, 'Start');
    expect(text(el, '.qd-kicker')).toBe('Step 1 of 3');
    await click(el, 'Skip this question');
    expect(text(el, '#step-heading')).toBe('Devices and apps');
  });
});

// --- XSS ------------------------------------------------------------------------------------
describe('qd-parental-guide · content rendered as text (XSS)', () => {
  const payloads = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    '[clique](javascript:window.__pwned=1)',
    '<svg onload="window.__pwned=1"></svg>',
    '${window.__pwned=1}',
    '<a href="javascript:window.__pwned=1">lien</a>',
  ];
  beforeEach(() => {
    (window as any).__pwned = undefined;
  });

  it.each(payloads)('%s in every text field stays text', async (payload) => {
    const c = clone(samples.library) as GuideContentInput & Record<string, any>;
    const x = (s: string) => `${s} ${payload}`;
    c.title = x('Titre');
    c.intro = x('Intro');
    c.ageGroups[3]!.label = x('Âge');
    c.devices[1]!.name = x('iPhone');
    c.guides[2]!.title = x('Guide');
    c.guides[2]!.steps[0]!.text = x('Étape');
    c.resources![0]!.name = x('Ressource');
    c.resources![0]!.description = x('Description');
    c.resources![3]!.description = x('Plus loin');
    c.pactRules![0]!.text = x('Règle');
    c.legal!.title = x('Loi');
    c.legal!.text = x('Texte');
    c.centre = { name: x('Centre'), address: x('Adresse'), hours: x('Horaires'), email: x('mail') };
    const el = await guide(c, { 'centre-name': x('Attribut') });
    expect(text(el, 'h2')).toContain('Titre');
    await answer(el, { children: [['', 'Âge']], devices: ['iPhone'] });
    expect(titles(el)[0]![0]).toContain('Guide');
    await click(el, 'Faire notre pacte familial');
    const pact = pactOf(el);
    for (const host of [el, pact]) {
      expect(
        host.shadowRoot!.querySelectorAll(
          'script, img, iframe, object, svg:not([aria-hidden="true"])',
        ),
      ).toHaveLength(0);
      expect(
        [...host.shadowRoot!.querySelectorAll('a')].every((a) =>
          /^(https:|mailto:|tel:)/.test(a.getAttribute('href')!),
        ),
      ).toBe(true);
    }
    expect(norm(pact.shadowRoot!.textContent)).toContain('Règle');
    expect((window as any).__pwned).toBeUndefined();
  });
});

// --- two bundles ----------------------------------------------------------------------------
// Two copies of the bundle on one page: apps/embed/test/cdn.test.ts loads every CDN file twice on
// one page (demo/ensemble.html): no error, every element shows.
