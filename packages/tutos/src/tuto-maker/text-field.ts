/**
 * A text field of the maker (the tutorial's fields and each step's): a label, its help, its
 * error, linked to the field by `aria-describedby`. Typing changes the draft (`commit` false:
 * saved after a pause); leaving a changed field commits it (`commit` true: saved at once, and
 * `change` fired).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  /** Called as one types (`commit` false) and when the field is left changed (`commit` true). */
  onEdit: (value: string, commit: boolean) => void;
  hint?: string;
  /** What is missing or wrong (after a first « Exporter »). */
  error?: string;
  /** The words after the label of an optional field, « (facultatif) ». */
  optional?: string;
  multiline?: boolean;
  inputmode?: 'numeric';
}

export function textField(o: TextFieldOptions): TemplateResult {
  const { id, error } = o;
  const describedBy = [o.hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const input = (e: Event) => o.onEdit((e.target as HTMLInputElement).value, false);
  const change = (e: Event) => o.onEdit((e.target as HTMLInputElement).value, true);
  return html`<div class="qd-field">
    <label for=${id}
      >${o.label}${
        o.optional ? html` <span class="qd-field__optional">${o.optional}</span>` : nothing
      }</label
    >
    ${o.hint ? html`<p class="qd-field__hint" id="${id}-hint">${o.hint}</p>` : nothing}
    ${error ? html`<p class="qd-field__error" id="${id}-error">${error}</p>` : nothing}
    ${
      o.multiline
        ? html`<textarea
            id=${id}
            rows="3"
            .value=${o.value}
            aria-describedby=${describedBy || nothing}
            aria-invalid=${ifDefined(error ? 'true' : undefined)}
            @input=${input}
            @change=${change}
          ></textarea>`
        : html`<input
            id=${id}
            type="text"
            inputmode=${o.inputmode ?? nothing}
            .value=${o.value}
            aria-describedby=${describedBy || nothing}
            aria-invalid=${ifDefined(error ? 'true' : undefined)}
            @input=${input}
            @change=${change}
          />`
    }
  </div>`;
}
