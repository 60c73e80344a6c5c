import { ReadAloud } from '@quartiers-douai/core';
/**
 * What `<qd-demarche>` and `<qd-demarche-checklist>` share: their content and texts, the "à
 * préparer" checklist (its ticks kept on the device only when `storage` is set), the glossary's
 * definitions open inside a text, and the date of the last check.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import {
  QdContentElement,
  int,
  PrintController,
  type ContentSpec,
  type DeviceStoreBase,
  StorageController,
} from '@quartiers-douai/core';
import { demarcheMessages, type DemarcheKey } from './messages.js';
import { DEMARCHE_CONTENT_VERSION, demarcheContentSchema, type DemarcheContent } from './schema.js';

/** What is kept on the device (opt-in): the numbers of the ticked items of the checklist. */
export const checklistSchema = z.array(int(0, 999));
export type ChecklistData = z.output<typeof checklistSchema>;

/** `qd-check`: an item of the checklist was ticked or unticked. */
export interface ChecklistDetail {
  /** Its number in `prepare` (from 0). */
  item: number;
  checked: boolean;
}

/**
 * French month names: a French page writes its dates without a date formatter, as `Intl` would
 * (the first formatter a page builds costs tens of milliseconds on a slow phone, in the first
 * screen's task: Total Blocking Time, docs/quality.md gate 7).
 */
const MONTHS_FR =
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');

/** `2026-11-29` → "29 novembre 2026" (in the UI language), as written. */
export function longDate(iso: string, locale: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  if (locale === 'fr')
    return `${d.getUTCDate()} ${MONTHS_FR[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return d.toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export abstract class DemarcheElement extends QdContentElement<DemarcheContent, DemarcheKey> {
  /** « Écouter »: reads the content's texts aloud (Web Speech API, feature-detected). */
  protected readonly speech = new ReadAloud(
    this,
    () => this.showReadAloud,
    () => this.contentLang,
    this.tr,
  );

  /** Where this element keeps what it keeps on the device (the `storage` attribute). */
  protected readonly device = new StorageController(this, this.voice);

  static override messages = [demarcheMessages];

  static override properties: PropertyDeclarations = {
    checked: { state: true },
    open: { state: true },
  };

  /** Ticked items of the checklist (numbers in `prepare`). */
  protected checked: ReadonlySet<number> = new Set();
  /** Open glossary definitions (`<text key>:<term number>`). */
  protected open: ReadonlySet<string> = new Set();
  private checklistStore?: DeviceStoreBase<ChecklistData>;
  /** « Imprimer la liste »: the page's print CSS shows the list (the focus comes back after). */
  private readonly printer = new PrintController(this);

  protected override get contentSpec(): ContentSpec<DemarcheContent> {
    return {
      schema: demarcheContentSchema,
      version: DEMARCHE_CONTENT_VERSION,
      packageName: '@quartiers-douai/demarches',
      texts: () => import('./texts.lazy.js'),
    };
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed as never);
    if (changed.has('storage') && this.hasUpdated && this.data) this.openChecklist(this.data);
  }

  protected override contentChanged(c: DemarcheContent): void {
    this.open = new Set();
    this.openChecklist(c);
  }

  /** With `storage` set, the ticks come back from the device (nothing is read otherwise). */
  private openChecklist(c: DemarcheContent): void {
    this.checked = new Set();
    this.checklistStore = undefined;
    this.device.keep(
      { type: 'demarche-checklist', id: c.id, version: 1, schema: checklistSchema },
      (store, saved) => {
        this.checklistStore = store;
        this.checked = new Set((saved ?? []).filter((n) => n < c.prepare.length));
      },
    );
  }

  protected override resetSession(): void {
    this.checklistStore?.clear();
    this.checked = new Set();
    this.open = new Set();
  }

  private tick(item: number, on: boolean): void {
    const next = new Set(this.checked);
    if (on) next.add(item);
    else next.delete(item);
    this.checked = next;
    if (this.checklistStore)
      this.device.save(
        this.checklistStore,
        [...next].sort((a, b) => a - b),
      );
    this.dispatchEvent(
      new CustomEvent<ChecklistDetail>('qd-check', {
        bubbles: true,
        composed: true,
        detail: { item, checked: on },
      }),
    );
  }

  private eraseChecklist(): void {
    this.checklistStore?.clear();
    this.checked = new Set();
    this.announce(this.t('erased'));
  }

  /** The "à préparer" list: a check box per item, its reason, and how many are ready. */
  protected renderChecklist(
    c: DemarcheContent,
    heading: 'h2' | 'h3',
  ): TemplateResult | typeof nothing {
    const items = c.prepare;
    if (items.length === 0) return nothing;
    const title = this.t('prepare');
    return html`<section class="qd-checklist" part="checklist" aria-labelledby="prepare">
      ${
        heading === 'h2'
          ? html`<h2 id="prepare" tabindex="-1">${title}</h2>`
          : html`<h3 id="prepare" tabindex="-1">${title}</h3>`
      }
      ${this.speech.listen('prepare', items.map((p) => this.easyRead.pick(p.label, p.easy)).join('. '))}
      <ul class="qd-checklist__items">
        ${items.map((p, i) => {
          const why = p.why ? this.t('why', { why: p.why }) : '';
          return html`<li>
            <input
              type="checkbox"
              id=${`prep-${i}`}
              .checked=${this.checked.has(i)}
              aria-describedby=${why ? `why-${i}` : nothing}
              @change=${(e: Event) => this.tick(i, (e.target as HTMLInputElement).checked)}
            />
            <label for=${`prep-${i}`}>${this.inline(p.label, p.easy)}</label>
            ${why ? html`<p class="qd-checklist__why" id=${`why-${i}`}>${why}</p>` : nothing}
          </li>`;
        })}
      </ul>
      <p class="qd-checklist__count qd-no-print">
        ${this.t('ready', { n: this.checked.size, total: items.length })}
      </p>
      <div class="qd-toolbar qd-no-print">
        <button type="button" class="qd-button" @click=${() => void this.printer.print()}>
          ${this.t('print')}
        </button>
      </div>
      ${
        this.storage !== 'none'
          ? this.device.tools({
              onExport: () =>
                this.checklistStore?.download([...this.checked], `demarche-${c.id}.json`),
              onImport: (t) =>
                this.device.importInto(this.checklistStore, t, (d) => {
                  this.checked = new Set(d.filter((n) => n < items.length));
                  return true;
                }),
              onErase: () => this.eraseChecklist(),
            })
          : nothing
      }
    </section>`;
  }

  /** The words of the glossary, with their definitions (for the start screen and the printout). */
  protected renderGlossary(c: DemarcheContent): TemplateResult | typeof nothing {
    if (c.glossary.length === 0) return nothing;
    return html`<section class="qd-glossary" aria-labelledby="glossary">
      <h3 id="glossary">${this.t('glossary')}</h3>
      <dl>
        ${c.glossary.map(
          (g) =>
            html`<dt>${g.term}</dt>
              <dd>${this.easyRead.pick(g.definition, g.easy)}</dd>`,
        )}
      </dl>
    </section>`;
  }

  /** A word of the glossary inside a text was pressed: its definition shows or hides. */
  protected toggleTerm(id: string): void {
    const next = new Set(this.open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.open = next;
  }
}
