/**
 * The kit's staff panel (staff/staff-panel.ts) behind its controller (staff-panel-controller.ts),
 * on a small element with a box of anonymous counts, as a centre's staff would use it: the code,
 * the counts, the downloads, emptying after a confirmation, focus and keyboard, offline, languages.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { html, nothing } from 'lit';
import { userEvent } from 'vitest/browser';
import {
  axeViolations,
  button,
  captureDownloads,
  cleanup,
  click,
  focused,
  mount,
  parseCsv,
  q,
  qa,
  settle,
  text,
} from '@quartiers-douai/kit-scripts/testing';
import { QdContentElement } from '../element/qd-element.js';
import { defineElement } from '../element/define.js';
import { loadingPanel } from '../element/templates.js';
import type { Messages } from '../i18n/i18n.js';
import type { ContentSpec } from '../content/content-controller.js';
import { demoContent, demoSchema, type DemoContent } from '../test/test-element.js';
import { StaffPanel, type StaffExport, type StaffTable } from './staff-panel.js';
import { StaffPanelController, type StaffPanelModule } from './staff-panel-controller.js';
import { staffMessages } from './staff-messages.js';

interface View {
  counts: Record<string, number>;
}

/** A prototype's panel: its texts, its table, its downloads. */
class DemoStaff extends StaffPanel<View> {
  protected override readonly messages: Messages<string> = {
    fr: {
      total: { one: '{count} passage en tout', other: '{count} passages en tout' },
      empty: 'Vider les compteurs',
      emptyConfirm: {
        one: 'Effacer le passage compté ?',
        other: 'Effacer les {count} passages comptés ?',
      },
      emptyYes: 'Oui, effacer',
      emptied: 'Les compteurs sont vides.',
    },
    en: { empty: 'Empty the counts' },
  };
  private total(v: View): number {
    return Object.values(v.counts).reduce((a, b) => a + b, 0);
  }
  protected override renderFacts(v: View): unknown {
    return html`<p id="facts">${this.t('total', { count: this.total(v) })}</p>`;
  }
  protected override table(v: View): StaffTable {
    return {
      caption: 'Passages',
      head: ['Atelier', 'Passages'],
      rows: Object.entries(v.counts),
      rowHeaders: true,
    };
  }
  protected override exports(v: View): StaffExport[] {
    return [
      { label: this.t('exportCsv'), file: 'passages.csv', csv: () => Object.entries(v.counts) },
      { label: this.t('exportJson'), file: 'passages.json', json: () => v },
    ];
  }
  protected override emptyParams(v: View) {
    return { count: this.total(v) };
  }
}
defineElement('qd-demo-staff', DemoStaff);

/** What the next load of the panel gives; by default the panel. */
const gate: { next?: () => Promise<StaffPanelModule<View>>; loads: number } = { loads: 0 };

class QdStaffDemo extends QdContentElement<DemoContent, 'staffOpen' | 'staffFailed'> {
  static override properties = { ...QdContentElement.properties, pin: {}, counts: { state: true } };
  static override messages = [
    {
      fr: { staffOpen: 'Espace équipe', staffFailed: "L'espace équipe n'a pas pu s'ouvrir." },
      en: { staffOpen: 'Staff area' },
    },
  ];
  pin?: string = '2468';
  counts: Record<string, number> = { Couture: 2, '=HYPERLINK("x")': 1 };
  closed = 0;
  readonly staff = new StaffPanelController<View>(this, this.voice, {
    load: () => {
      gate.loads++;
      const next = gate.next;
      gate.next = undefined;
      return next ? next() : Promise.resolve({ default: DemoStaff });
    },
    pin: () => this.pin,
    locale: () => this.i18n.locale,
    view: () => ({ counts: this.counts }),
    close: () => {
      this.closed++;
      void this.focusAfterRender('#open');
    },
    empty: () => (this.counts = {}),
  });
  protected override get contentSpec(): ContentSpec<DemoContent> {
    return { schema: demoSchema, version: 1, packageName: '@quartiers-douai/core' };
  }
  protected override renderContent(c: DemoContent): unknown {
    if (this.staff.isOpen) return this.staff.panel() ?? loadingPanel(false, this.tr);
    return html`<h2>${c.title}</h2>
      <button id="open" type="button" class="qd-button" @click=${() => void this.staff.open()}>
        ${this.t('staffOpen')}
      </button>
      ${nothing}`;
  }
}
defineElement('qd-staff-demo', QdStaffDemo);
declare global {
  interface HTMLElementTagNameMap {
    'qd-staff-demo': QdStaffDemo;
  }
}

const demo = (attrs: Record<string, string | null> = {}, setup?: (el: QdStaffDemo) => void) =>
  mount('qd-staff-demo', demoContent, attrs, setup);

async function login(el: QdStaffDemo, pin = '2468'): Promise<void> {
  await click(el, 'Espace équipe');
  q<HTMLInputElement>(el, '#pin')!.value = pin;
  await click(el, 'Ouvrir');
}

afterEach(() => {
  cleanup();
  gate.next = undefined;
  gate.loads = 0;
  vi.restoreAllMocks();
});

describe('staff panel · the code', () => {
  it('opens on the code field (focused, a password field); a wrong code is refused with an alert tied to the field, which keeps the focus', async () => {
    const el = await demo();
    await click(el, 'Espace équipe');
    expect(text(el, '#staff-heading')).toBe('Espace équipe');
    const pin = q<HTMLInputElement>(el, '#pin')!;
    expect(focused(el)).toBe(pin);
    expect(pin.type).toBe('password');
    expect(text(el, 'label[for="pin"]')).toBe("Code de l'équipe");
    pin.value = '1111';
    await click(el, 'Ouvrir');
    expect(text(el, '#pin-error')).toBe('Code incorrect. Réessayez.');
    expect(q(el, '#pin-error')!.getAttribute('role')).toBe('alert');
    expect(pin.getAttribute('aria-describedby')).toBe('pin-error');
    expect(pin.getAttribute('aria-invalid')).toBe('true');
    expect(pin.value).toBe('');
    expect(focused(el)).toBe(pin);
    expect(q(el, 'table')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);
  });

  it('the right code, typed and sent with Enter: the counts, the heading focused', async () => {
    const el = await demo();
    await click(el, 'Espace équipe');
    await userEvent.keyboard('2468{Enter}');
    await settle(el);
    expect(focused(el)).toBe(q(el, '#staff-heading'));
    expect(text(el, '#facts')).toBe('3 passages en tout');
    expect(text(el, 'caption')).toBe('Passages');
    expect(qa(el, 'tbody th').map((th) => th.textContent)).toEqual(['Couture', '=HYPERLINK("x")']);
    expect(qa(el, 'tbody td.qd-num').map((td) => td.textContent)).toEqual(['2', '1']);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('without a code, the panel opens at once on its heading', async () => {
    const el = await demo({}, (e) => (e.pin = undefined));
    await click(el, 'Espace équipe');
    expect(q(el, '#pin')).toBeNull();
    expect(focused(el)).toBe(q(el, '#staff-heading'));
  });

  it('"Annuler" and "Fermer l\'espace équipe" leave; the next opening asks for the code again', async () => {
    const el = await demo();
    await click(el, 'Espace équipe');
    await click(el, 'Annuler');
    expect(el.closed).toBe(1);
    expect(focused(el)).toBe(q(el, '#open'));
    await login(el);
    await click(el, "Fermer l'espace équipe");
    expect(el.closed).toBe(2);
    await click(el, 'Espace équipe');
    expect(q(el, '#pin')).not.toBeNull();
  });
});

describe('staff panel · downloads', () => {
  it.each([
    [',', 'Virgule (standard)'],
    [';', 'Point-virgule (Excel en français)'],
  ])(
    'CSV (separator "%s"): UTF-8 with BOM, a formula written as text, the counts as numbers',
    async (sep, label) => {
      const el = await demo();
      await login(el);
      const { files } = captureDownloads();
      qa(el, 'fieldset label')
        .find((l) => l.textContent!.trim() === label)!
        .querySelector('input')!
        .click();
      await settle(el);
      await click(el, 'Télécharger le tableau (CSV)');
      expect(files.map((f) => f.name)).toEqual(['passages.csv']);
      expect(files[0]!.blob.type).toBe('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await files[0]!.blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(parseCsv(new TextDecoder().decode(bytes), sep)).toEqual([
        ['Couture', '2'],
        [`'=HYPERLINK("x")`, '1'],
      ]);
    },
  );

  it('JSON: the file the prototype gives, indented', async () => {
    const el = await demo();
    await login(el);
    const { files } = captureDownloads();
    await click(el, 'Télécharger les données (JSON)');
    expect(files[0]!.name).toBe('passages.json');
    expect(files[0]!.blob.type).toBe('application/json');
    expect(JSON.parse(await files[0]!.text)).toEqual({
      counts: { Couture: 2, '=HYPERLINK("x")': 1 },
    });
  });
});

describe('staff panel · emptying', () => {
  it('asks first (focus on the question); Escape or "Annuler" keeps everything and gives the focus back', async () => {
    const el = await demo();
    await login(el);
    await click(el, 'Vider les compteurs');
    expect(focused(el)).toBe(q(el, '#confirm-empty'));
    expect(text(el, '#confirm-empty')).toBe('Effacer les 3 passages comptés ?');
    expect(button(el, 'Vider les compteurs').getAttribute('aria-expanded')).toBe('true');
    expect(await axeViolations(el)).toEqual([]);
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(q(el, '#confirm-empty')).toBeNull();
    expect(focused(el)).toBe(button(el, 'Vider les compteurs'));
    await click(el, 'Vider les compteurs');
    await click(el, 'Annuler');
    expect(focused(el)).toBe(button(el, 'Vider les compteurs'));
    expect(el.counts).toEqual({ Couture: 2, '=HYPERLINK("x")': 1 });
  });

  it('"Oui": the element empties, its status region says so, the heading has the focus', async () => {
    const el = await demo();
    await login(el);
    await click(el, 'Vider les compteurs');
    await click(el, 'Oui, effacer');
    expect(el.counts).toEqual({});
    expect(text(el, '[part="notice"]')).toBe('Les compteurs sont vides.');
    expect(text(el, '#facts')).toBe('0 passage en tout');
    expect(focused(el)).toBe(q(el, '#staff-heading'));
  });
});

describe('staff panel · its code loaded later', () => {
  it('while it comes, a loading message (role="status"); then the code field has the focus', async () => {
    let give!: (m: StaffPanelModule<View>) => void;
    gate.next = () => new Promise((r) => (give = r));
    const el = await demo();
    button(el, 'Espace équipe').click();
    await new Promise((r) => requestAnimationFrame(r));
    expect(q(el, '[part="loading"]')?.getAttribute('role')).toBe('status');
    give({ default: DemoStaff });
    await el.updateComplete;
    expect(q(el, '[part="loading"]')).toBeNull();
    expect(el.shadowRoot!.activeElement?.id).toBe('pin');
  });

  it('offline: back to the first screen, the status region says so; pressing again tries again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    gate.next = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const el = await demo();
    await click(el, 'Espace équipe');
    expect(warn).toHaveBeenCalled();
    expect(text(el, '[part="notice"]')).toBe("L'espace équipe n'a pas pu s'ouvrir.");
    expect(q(el, '[part="notice"]')!.className).toContain('qd-notice--error');
    expect(el.closed).toBe(1);
    await click(el, 'Espace équipe');
    expect(text(el, '#staff-heading')).toBe('Espace équipe');
    expect(gate.loads).toBe(2);
  });

  it('prefetch() fetches it once, silently; opening then needs no network', async () => {
    const el = await demo();
    el.staff.prefetch();
    el.staff.prefetch();
    await settle(el);
    expect(gate.loads).toBe(1);
    expect(q(el, '#pin')).toBeNull();
    gate.next = () => Promise.reject(new TypeError('offline'));
    await click(el, 'Espace équipe');
    expect(q(el, '#pin')).not.toBeNull();
  });
});

describe('staff panel · languages', () => {
  it('every text in French, English and Arabic', () => {
    const keys = Object.keys(staffMessages.fr).sort();
    expect(Object.keys(staffMessages.en!).sort()).toEqual(keys);
    expect(Object.keys(staffMessages.ar!).sort()).toEqual(keys);
  });

  it("the page's language: the prototype's texts first, then core's; French where a text is missing", async () => {
    const en = await demo({ lang: 'en' });
    await click(en, 'Staff area');
    expect(text(en, '#staff-heading')).toBe('Staff area');
    expect(text(en, 'label[for="pin"]')).toBe('Staff code');
    q<HTMLInputElement>(en, '#pin')!.value = '2468';
    await click(en, 'Open');
    expect(button(en, 'Empty the counts')).toBeTruthy();
    expect(text(en, '#facts')).toBe('3 passages en tout');
    const ar = await demo({ lang: 'ar' });
    await click(ar, 'Espace équipe');
    expect(text(ar, '#staff-heading')).toBe('فضاء الفريق');
    expect(q(ar, '.qd-root')!.getAttribute('dir')).toBe('rtl');
    expect(await axeViolations(ar)).toEqual([]);
  });
});
