import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { FLUENCIES, SKILL_LEVELS } from '../schema.js';
import type { CvTextKey } from '../messages.js';
import { CvFormPart, type Removed } from './form-part.js';
import {
  LISTS,
  endsBeforeStart,
  entriesOf,
  entryTitle,
  getIn,
  monthNames,
  moved,
  readDate,
  restored,
  type Key,
  type ListDef,
  type ListKey,
  type Obj,
} from './form-model.js';

type DateWhich = 'start' | 'end' | 'date';

/**
 * `<qd-cv-list>` — one repeating list of the CV (jobs, diplomas, languages…: `LISTS`): each entry
 * in a fieldset named after it, its fields and dates (month + year, « en cours »); add, remove with
 * « Annuler la suppression », move up and down by keyboard — the focus follows each action and the
 * new place is said.
 *
 * @internal Rendered by `<qd-cv-builder>` only, without a shadow root (form-part.ts).
 */
export class QdCvList extends CvFormPart {
  static override properties: PropertyDeclarations = {
    ...CvFormPart.properties,
    list: {},
    removed: { attribute: false },
  };

  /** Which list. */
  list: ListKey = 'work';
  /** The entry just removed, if it was one of this list. */
  removed?: Removed;

  private get def(): ListDef {
    return LISTS[this.list];
  }

  /** « Emploi 2 : Comptable », or « Emploi 2 » before its first field is written. */
  private entryName(e: Obj, i: number): string {
    const name = entryTitle(this.def, e);
    const n = this.t(this.def.item, { n: i + 1 });
    return name ? `${n} : ${name}` : n;
  }

  private firstField(i: number): string {
    return `#${this.def.key}-${i}-${this.def.fields[0]![0]}`;
  }

  private add(): void {
    const list = entriesOf(this.form.cv, this.def);
    this.form.setRemoved(undefined);
    this.form.set(this.def.path, [...list, {}], true);
    this.form.focus(this.firstField(list.length));
  }

  private removeEntry(i: number): void {
    const def = this.def;
    const list = entriesOf(this.form.cv, def);
    const label = this.entryName(list[i]!, i);
    this.form.clearErrors(`${def.key}-`);
    this.form.set(
      def.path,
      list.filter((_, j) => j !== i),
      true,
    );
    this.form.setRemoved({ list: def.key, index: i, entry: list[i], label });
    this.form.focus(`#undo-${def.key}`);
  }

  private undo(): void {
    const r = this.removed;
    if (!r) return;
    this.form.setRemoved(undefined);
    this.form.set(
      this.def.path,
      restored(entriesOf(this.form.cv, this.def), r.index, r.entry as Obj),
      true,
    );
    this.form.say(this.t('restored', { item: r.label }));
    this.form.focus(this.firstField(r.index));
  }

  private move(i: number, by: -1 | 1): void {
    const def = this.def;
    const list = moved(entriesOf(this.form.cv, def), i, by);
    if (!list) return;
    const j = i + by;
    this.form.setRemoved(undefined);
    this.form.clearErrors(`${def.key}-`);
    this.form.set(def.path, list, true);
    this.form.say(
      this.t('moved', {
        item: this.entryName(list[j]!, j).replace(/^[^:]*: /, ''),
        position: j + 1,
        total: list.length,
      }),
    );
    // Focus follows the entry; at an end, the other button (the pressed one is now disabled).
    const atEnd = (by < 0 && j === 0) || (by > 0 && j === list.length - 1);
    const which = atEnd ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down';
    this.form.focus(`#${def.key}-${j}-${which}`);
  }

  /** Reads a month + year pair from its fieldset; writes it to the CV only when it is a real date. */
  private onDate(i: number, which: DateWhich, fieldset: HTMLElement, commit: boolean): void {
    const def = this.def;
    const month = fieldset.querySelector('select')!.value;
    const year = fieldset.querySelector('input')!.value;
    const id = `${def.key}-${i}-${which}`;
    const { value, error } = readDate(month, year);
    if (error && !commit) return; // still typing
    this.form.set([...def.path, i, which === 'date' ? 'date' : `${which}Date`], value, commit);
    this.form.setError(id, error && this.t(error));
    if (which === 'date') return;
    const endId = `${def.key}-${i}-end`;
    const reversed = endsBeforeStart(entriesOf(this.form.cv, def)[i] ?? {});
    const endError = this.form.errors[endId];
    const said = this.t('errEndBeforeStart');
    if (reversed && !endError) this.form.setError(endId, said);
    else if (!reversed && endError === said) this.form.setError(endId, undefined);
  }

  private selectField(
    id: string,
    label: string,
    path: Key[],
    codes: readonly string[],
  ): TemplateResult {
    const value = (getIn(this.cv, path) as string | undefined) ?? '';
    const custom = value && !codes.includes(value) ? value : '';
    return html`<div class="qd-cv__field">
      <label for=${id}>${label}</label>
      <select
        id=${id}
        @change=${(e: Event) => this.form.set(path, (e.target as HTMLSelectElement).value, true)}
      >
        <option value="" .selected=${!value}>${this.t('choose')}</option>
        ${codes.map((c) => html`<option value=${c} .selected=${value === c}>${this.t(c as CvTextKey)}</option>`)}
        ${custom ? html`<option value=${custom} .selected=${true}>${this.t('other', { value: custom })}</option>` : nothing}
      </select>
    </div>`;
  }

  private dateField(i: number, which: DateWhich, value: string | undefined): TemplateResult {
    const id = `${this.def.key}-${i}-${which}`;
    const [y = '', m = ''] = (value ?? '').split('-');
    const months = monthNames(this.form.intl);
    const handler = (commit: boolean) => (e: Event) =>
      this.onDate(i, which, (e.target as HTMLElement).closest('fieldset')!, commit);
    const describedBy = this.errors[id] ? `${id}-error` : nothing;
    return html`<fieldset class="qd-cv__date">
      <legend>${this.t(which === 'date' ? 'fDate' : which)}</legend>
      <div class="qd-cv__date-inputs">
        <div class="qd-cv__field">
          <label for="${id}-month">${this.t('month')}</label>
          <select id="${id}-month" aria-describedby=${describedBy} @change=${handler(true)}>
            <option value="" .selected=${!m}>${this.t('noMonth')}</option>
            ${months.map(([code, name]) => html`<option value=${code} .selected=${m === code}>${name}</option>`)}
          </select>
        </div>
        <div class="qd-cv__field qd-cv__year">
          <label for=${id}>${this.t('year')}</label>
          <input
            id=${id}
            inputmode="numeric"
            maxlength="4"
            .value=${y}
            aria-invalid=${this.errors[id] ? 'true' : 'false'}
            aria-describedby=${describedBy}
            @input=${handler(false)}
            @change=${handler(true)}
          />
        </div>
      </div>
      ${this.errorOf(id)}
    </fieldset>`;
  }

  /** « En cours »: ticking it empties the end date. */
  private stillGoing(i: number, box: HTMLInputElement): void {
    if (!box.checked) return;
    const fs = box
      .closest('.qd-cv__entry')!
      .querySelectorAll<HTMLFieldSetElement>('.qd-cv__date')[1]!;
    fs.querySelector('select')!.value = '';
    fs.querySelector('input')!.value = '';
    this.form.setError(`${this.def.key}-${i}-end`, undefined);
    this.form.set([...this.def.path, i, 'endDate'], undefined, true);
  }

  private renderEntry(e: Obj, i: number, count: number): TemplateResult {
    const def = this.def;
    const name = this.entryName(e, i);
    const base = [...def.path, i];
    const hidden = html`<span class="qd-visually-hidden"> — ${name}</span>`;
    return html`<fieldset class="qd-cv__entry" part="entry">
      <legend>${name}</legend>
      ${def.fields.map(([prop, label, hint, kind]) => {
        const id = `${def.key}-${i}-${prop}`;
        const hintText = hint ? this.t(hint) : undefined;
        if (kind === 'lines') return this.linesField(id, this.t(label), [...base, prop], hintText);
        if (kind === 'level' || kind === 'fluency')
          return this.selectField(
            id,
            this.t(label),
            [...base, prop],
            kind === 'level' ? SKILL_LEVELS : FLUENCIES,
          );
        return this.field(id, this.t(label), [...base, prop], {
          hint: hintText,
          type: kind === 'url' ? 'url' : 'text',
        });
      })}
      ${def.dates === 'single' ? this.dateField(i, 'date', e['date'] as string | undefined) : nothing}
      ${
        def.dates === 'range'
          ? html`<div class="qd-cv__dates">
                ${this.dateField(i, 'start', e['startDate'] as string | undefined)}
                ${this.dateField(i, 'end', e['endDate'] as string | undefined)}
              </div>
              <label class="qd-cv__check">
                <input
                  type="checkbox"
                  .checked=${!!e['startDate'] && !e['endDate']}
                  @change=${(ev: Event) => this.stillGoing(i, ev.target as HTMLInputElement)}
                />
                ${this.t('current')}
              </label>`
          : nothing
      }
      <div class="qd-cv__entry-tools">
        <button
          type="button"
          class="qd-button"
          id="${def.key}-${i}-up"
          ?disabled=${i === 0}
          @click=${() => this.move(i, -1)}
        >
          <span aria-hidden="true">↑</span> ${this.t('moveUp')}${hidden}
        </button>
        <button
          type="button"
          class="qd-button"
          id="${def.key}-${i}-down"
          ?disabled=${i === count - 1}
          @click=${() => this.move(i, 1)}
        >
          <span aria-hidden="true">↓</span> ${this.t('moveDown')}${hidden}
        </button>
        <button type="button" class="qd-button qd-cv__danger" @click=${() => this.removeEntry(i)}>
          ${this.t('remove')}${hidden}
        </button>
      </div>
    </fieldset>`;
  }

  protected override render(): TemplateResult {
    const def = this.def;
    const key = def.key;
    const list = entriesOf(this.cv, def);
    const removed = this.removed?.list === key ? this.removed : undefined;
    return html`<section class="qd-cv__list" aria-labelledby="${key}-title">
      <h3 id="${key}-title">${this.t(def.title)}</h3>
      ${list.length === 0 ? html`<p class="qd-cv__hint">${this.t('noEntry')}</p>` : nothing}
      ${list.map((e, i) => this.renderEntry(e, i, list.length))}
      <div role="status" class="qd-cv__undo">
        ${
          removed
            ? html`<p>${this.t('removed', { item: removed.label })}</p>
                <button
                  type="button"
                  class="qd-button"
                  id="undo-${key}"
                  @click=${() => this.undo()}
                >
                  ${this.t('undo')}
                </button>`
            : nothing
        }
      </div>
      <button type="button" class="qd-button" @click=${() => this.add()}>
        <span aria-hidden="true">+</span>
        ${this.t('add', { item: this.t(def.item, { n: list.length + 1 }) })}
      </button>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-cv-list': QdCvList;
  }
}
