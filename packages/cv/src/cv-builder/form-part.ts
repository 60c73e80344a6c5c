/**
 * What the parts of `<qd-cv-builder>`'s form share: the builder they work for (`CvForm`), and
 * their labelled fields. A part is an internal element without a shadow root, rendered in the
 * builder's: the builder's styles, `id`s (`aria-describedby`), `::part()` and focus reach it.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Params } from '@quartiers-douai/core';
import type { Cv } from '../schema.js';
import type { BuilderKey, CvTextKey } from '../messages.js';
import { getIn, type Key, type StepId } from './form-model.js';

/** A repeating entry just removed, for « Annuler la suppression ». */
export interface Removed {
  list: string;
  index: number;
  entry: unknown;
  label: string;
}

/** The builder, as its form's parts see it: the CV as it is now, and what they may ask. */
export interface CvForm {
  /** The CV now (a part's `cv` property is the one of its last render). */
  readonly cv: Cv;
  /** The errors now, by field id. */
  readonly errors: Readonly<Record<string, string>>;
  /** The interface's language, for dates (`Intl`). */
  readonly intl: string;
  t(key: BuilderKey | CvTextKey, params?: Params): string;
  /** Changes the CV; `commit` saves at once and fires `change`, else saving waits for a pause. */
  set(path: Key[], value: unknown, commit?: boolean): void;
  /** Shows the error of field `id` (none: clears it). */
  setError(id: string, message: string | undefined): void;
  /** Clears the errors of the fields whose id starts with `prefix`. */
  clearErrors(prefix: string): void;
  /** The identity step checks field `id` again as it is typed (`committed`: left). */
  recheck(id: string, committed: boolean): void;
  /** The entry just removed (none: the undo goes). */
  setRemoved(removed: Removed | undefined): void;
  /** Says `text` in the builder's status region (`error`: as an error). */
  say(text: string, kind?: 'info' | 'error'): void;
  /** Moves the focus to `selector` once the builder has rendered again. */
  focus(selector: string): void;
  /** Goes to a step (focus on its heading). */
  go(step: StepId): void;
  /** « Facile à lire » was pressed. */
  toggleEasy(): void;
  /** « Suivant »: the step's fields are checked, then the next step (or the focus on an error). */
  next(): void;
  /** « Imprimer »: the CV alone on A4. */
  print(): void;
}

type FieldOptions = {
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'url';
  autocomplete?: 'name' | 'email' | 'tel' | 'street-address' | 'postal-code' | 'address-level2';
  multiline?: boolean;
  required?: boolean;
  describedBy?: string;
  invalid?: boolean;
};

/**
 * The base of the builder's form parts: the CV, its errors and the builder they work for, their
 * labelled fields.
 *
 * @internal Rendered by `<qd-cv-builder>` only.
 */
export abstract class CvFormPart extends LitElement {
  static override properties: PropertyDeclarations = {
    cv: { attribute: false },
    errors: { attribute: false },
    form: { attribute: false },
  };

  /** The CV to show. */
  cv: Cv = {};
  /** Errors by field id. */
  errors: Readonly<Record<string, string>> = {};
  /** The builder. */
  form!: CvForm;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected t(key: BuilderKey | CvTextKey, params?: Params): string {
    return this.form.t(key, params);
  }

  protected describedBy(id: string, hint: boolean, extra?: string): string | typeof nothing {
    const ids = [
      hint ? `${id}-hint` : '',
      this.errors[id] ? `${id}-error` : '',
      extra ?? '',
    ].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  protected errorOf(id: string): TemplateResult | typeof nothing {
    const m = this.errors[id];
    return m ? html`<p class="qd-cv__error" id="${id}-error" role="alert">${m}</p>` : nothing;
  }

  /** A labelled text field bound to `path`: typing updates the preview, leaving the field saves. */
  protected field(id: string, label: string, path: Key[], o: FieldOptions = {}): TemplateResult {
    const value = (getIn(this.cv, path) as string | undefined) ?? '';
    const invalid = !!this.errors[id] || !!o.invalid;
    const onInput = (e: Event) => {
      this.form.set(path, (e.target as HTMLInputElement).value);
      this.form.recheck(id, false);
    };
    const onChange = (e: Event) => {
      const el = e.target as HTMLInputElement;
      el.value = el.value.trim();
      this.form.set(path, el.value, true);
      this.form.recheck(id, true);
    };
    const describedBy = this.describedBy(id, !!o.hint, o.describedBy);
    return html`<div class="qd-cv__field">
      <label for=${id}>${label}</label>
      ${o.hint ? html`<p class="qd-cv__hint" id="${id}-hint">${o.hint}</p>` : nothing}
      ${
        o.multiline
          ? html`<textarea
              id=${id}
              rows="3"
              .value=${value}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${describedBy}
              @input=${onInput}
              @change=${onChange}
            ></textarea>`
          : html`<input
              id=${id}
              type=${o.type ?? 'text'}
              autocomplete=${ifDefined(o.autocomplete)}
              .value=${value}
              aria-required=${ifDefined(o.required ? 'true' : undefined)}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby=${describedBy}
              @input=${onInput}
              @change=${onChange}
            />`
      }
      ${this.errorOf(id)}
    </div>`;
  }

  /** A textarea of one item per line (tasks, qualities, details), saved when leaving the field. */
  protected linesField(id: string, label: string, path: Key[], hint?: string): TemplateResult {
    const value = ((getIn(this.cv, path) as string[] | undefined) ?? []).join('\n');
    const onChange = (e: Event) => {
      const lines = (e.target as HTMLTextAreaElement).value
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      this.form.set(path, lines, true);
    };
    return html`<div class="qd-cv__field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="qd-cv__hint" id="${id}-hint">${hint}</p>` : nothing}
      <textarea
        id=${id}
        rows="3"
        .value=${value}
        aria-describedby=${hint ? `${id}-hint` : nothing}
        @change=${onChange}
      ></textarea>
    </div>`;
  }
}
