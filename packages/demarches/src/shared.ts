import { ReadAloud } from '@quartiers-douai/core';
/**
 * What `<qd-demarche>` and `<qd-demarche-checklist>` share: their content and texts, the "à
 * préparer" checklist (its ticks kept on the device only when `storage` is set), the glossary's
 * disclosure buttons inside a text, and the date of the last check.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import * as z from 'zod/mini';
import {
  QdContentElement,
  int,
  parseRichText,
  type ContentSpec,
  type DeviceStoreBase,
  type Inline,
  StorageController,
} from '@quartiers-douai/core';
import { demarcheMessages, type DemarcheKey } from './messages.js';
import {
  DEMARCHE_CONTENT_VERSION,
  demarcheContentSchema,
  type DemarcheContent,
  type GlossaryEntry,
} from './schema.js';

/** What is kept on the device (opt-in): the numbers of the ticked items of the checklist. */
export const checklistSchema = z.array(int(0, 999));
export type ChecklistData = z.output<typeof checklistSchema>;

/** `qd-check`: an item of the checklist was ticked or unticked. */
export interface ChecklistDetail {
  /** Its number in `prepare` (from 0). */
  item: number;
  checked: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
        <button type="button" class="qd-button" @click=${() => window.print()}>
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

  // --- glossary inside a text -----------------------------------------------------------------

  private toggleTerm(id: string): void {
    const next = new Set(this.open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.open = next;
  }

  /**
   * A content text (the kit's rich-text subset) where the first time each word of the glossary
   * appears, it is a disclosure button (`aria-expanded`) that shows its definition below the
   * text (the easy variant when easy-read is on). Text stays text: nothing is parsed as HTML.
   */
  protected glossed(key: string, src: string, glossary: readonly GlossaryEntry[]): TemplateResult {
    const terms = glossary
      .map((g, j) => ({ g, j }))
      .filter(({ g }) => g.term.trim() !== '')
      .sort((a, b) => b.g.term.length - a.g.term.length);
    const re =
      terms.length > 0
        ? new RegExp(
            `(?<![\\p{L}\\p{N}])(${terms.map(({ g }) => escape(g.term)).join('|')})(?![\\p{L}\\p{N}])`,
            'giu',
          )
        : undefined;
    const used = new Set<number>();
    const byText = (word: string) =>
      terms.find(({ g }) => g.term.toLocaleLowerCase() === word.toLocaleLowerCase());
    const split = (s: string): unknown[] => {
      if (!re) return [s];
      const out: unknown[] = [];
      let last = 0;
      for (const m of s.matchAll(re)) {
        const found = byText(m[0]);
        if (!found || used.has(found.j)) continue;
        used.add(found.j);
        const id = `${key}:${found.j}`;
        const expanded = this.open.has(id);
        out.push(
          s.slice(last, m.index),
          html`<button
            type="button"
            class="qd-term"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls=${`def-${key}-${found.j}`}
            @click=${() => this.toggleTerm(id)}
          >
            ${m[0]}
          </button>`,
        );
        last = m.index + m[0].length;
      }
      out.push(s.slice(last));
      return out;
    };
    // Inside a link a word stays text: a button inside a link could not be pressed on its own.
    const inline = (nodes: Inline[], inLink = false): unknown[] =>
      nodes.map((n) =>
        n.kind === 'text'
          ? inLink
            ? n.text
            : split(n.text)
          : n.kind === 'br'
            ? html`<br />`
            : n.kind === 'strong'
              ? html`<strong>${inline(n.children, inLink)}</strong>`
              : n.kind === 'em'
                ? html`<em>${inline(n.children, inLink)}</em>`
                : html`<a href=${n.href} target="_blank" rel="noopener noreferrer"
                    >${inline(n.children, true)}<span class="qd-visually-hidden">
                      ${this.t('newTab')}</span
                    ></a
                  >`,
      );
    // prettier-ignore
    const body = parseRichText(src).map((b) =>
      b.kind === 'p'
        ? html`<p>${inline(b.children)}</p>`
        : b.kind === 'ul'
          ? html`<ul>${b.items.map((it) => html`<li>${inline(it)}</li>`)}</ul>`
          : html`<ol start=${b.start}>${b.items.map((it) => html`<li>${inline(it)}</li>`)}</ol>`,
    );
    return html`${body}
    ${[...used].map((j) => {
      const g = glossary[j]!;
      return html`<p
        class="qd-def"
        id=${`def-${key}-${j}`}
        ?hidden=${!this.open.has(`${key}:${j}`)}
      >
        <strong>${g.term}</strong> : ${this.easyRead.pick(g.definition, g.easy)}
      </p>`;
    })}`;
  }
}
