/**
 * `<qd-tuto-about-editor>`: the tutorial itself, as the resident describes it — title, what one
 * learns (and in easy-to-read words), author, centre, level, duration, what you need, topics,
 * licence.
 *
 * An internal element of `<qd-tuto-maker>`, rendered in the maker's shadow root without a shadow
 * root of its own (the maker's styles, field ids and focus reach inside). It keeps nothing: the
 * maker owns the draft, and hears each change as an `about-edit` event (`AboutEditEvent`).
 */
import { html, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Params } from '@quartiers-douai/core';
import { LEVELS } from '../common.js';
import { emptyDraft, type Draft } from '../draft.js';
import type { MakerKey } from '../maker-messages.js';
import type { DraftField } from './maker-model.js';
import { textField } from './text-field.js';

/** `about-edit`: a field typed (`commit` false) or left changed, or a level chosen (`commit` true). */
export class AboutEditEvent extends Event {
  constructor(
    readonly patch: Partial<Pick<Draft, DraftField | 'level'>>,
    readonly commit: boolean,
  ) {
    super('about-edit');
  }
}

/**
 * The fields of the tutorial being made.
 *
 * @internal Rendered by `<qd-tuto-maker>` only.
 * @fires about-edit - A field changed (`AboutEditEvent`).
 */
export class QdTutoAboutEditor extends LitElement {
  static override properties: PropertyDeclarations = {
    draft: { attribute: false },
    errors: { attribute: false },
    t: { attribute: false },
  };

  draft: Draft = emptyDraft();
  /** What is missing or wrong, by field id (the maker's, after a first « Exporter »). */
  errors: Record<string, string> = {};
  /** The maker's translator. */
  t: (key: MakerKey, params?: Params) => string = (key) => key;

  /** Rendered in the maker's shadow root (its styles and ids apply). */
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** A text field of the tutorial (`#f-<field>`), with its help and its error. */
  private field(
    field: DraftField,
    label: MakerKey,
    more: { hint?: MakerKey; multiline?: boolean; optional?: boolean; inputmode?: 'numeric' } = {},
  ): TemplateResult {
    const id = `f-${field}`;
    return textField({
      id,
      label: this.t(label),
      value: this.draft[field],
      onEdit: (value, commit) => this.dispatchEvent(new AboutEditEvent({ [field]: value }, commit)),
      error: this.errors[id],
      hint: more.hint && this.t(more.hint),
      optional: more.optional ? this.t('optional') : undefined,
      multiline: more.multiline,
      inputmode: more.inputmode,
    });
  }

  protected override render(): TemplateResult {
    return html`<fieldset class="qd-maker__about" part="about">
      <legend>${this.t('about')}</legend>
      ${this.field('title', 'fTitle', { hint: 'fTitleHint' })}
      ${this.field('summary', 'fSummary', { hint: 'fSummaryHint', multiline: true })}
      ${this.field('easy', 'fEasy', { hint: 'fEasyHint', optional: true })}
      ${this.field('author', 'fAuthor', { hint: 'fAuthorHint', optional: true })}
      ${this.field('centre', 'fCentre', { optional: true })}
      <fieldset class="qd-maker__level">
        <legend>${this.t('fLevel')}</legend>
        ${LEVELS.map(
          (level) =>
            html`<label
              ><input
                type="radio"
                name="level"
                .checked=${this.draft.level === level}
                @change=${() => this.dispatchEvent(new AboutEditEvent({ level }, true))}
              />${this.t(level)}</label
            >`,
        )}
      </fieldset>
      ${this.field('duration', 'fDuration', { optional: true, inputmode: 'numeric' })}
      ${this.field('materials', 'fMaterials', {
        hint: 'fMaterialsHint',
        multiline: true,
        optional: true,
      })}
      ${this.field('tags', 'fTags', { hint: 'fTagsHint', optional: true })}
      ${this.field('licence', 'fLicence', { hint: 'fLicenceHint' })}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-tuto-about-editor': QdTutoAboutEditor;
  }
}
