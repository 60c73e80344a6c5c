/**
 * The fields of the guide's questions, one step at a time: each child's first name and age, the
 * devices and apps, the concerns. An internal element of `<qd-parental-guide>`, rendered in its
 * shadow root inside the step's fieldset, without a shadow root of its own (the guide's styles
 * reach inside); the guide keeps the answers, the heading and the buttons of the step.
 */
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CATEGORIES, CONCERNS, type GuideContent } from '../schema.js';
import type { Child } from '../storage.js';
import { GuidePart } from '../guide-element.js';
import { choice } from '../guide-templates.js';
import {
  MAX_CHILDREN,
  STEPS,
  freshState,
  toggled,
  withProfile,
  withoutProfile,
  type GuideState,
} from '../parental-guide/answers.js';

/** `qd-guide-answer` (internal, does not bubble): the answers changed; then, where the focus goes. */
export interface GuideAnswerDetail {
  change: Partial<GuideState>;
  focus?: string | undefined;
}

/**
 * The fields of one step of `<qd-parental-guide>`'s questions.
 *
 * @internal Rendered by `<qd-parental-guide>` only.
 */
export class QdGuideQuestions extends GuidePart {
  static override properties: PropertyDeclarations = {
    state: { attribute: false },
  };

  /** The first render comes with the guide's own (no task of its own). */
  static override deferFirstRender = false;

  /** The guide's answers (and its step). */
  state: GuideState = freshState();

  private answer(change: Partial<GuideState>, focus?: string): void {
    this.dispatchEvent(
      new CustomEvent<GuideAnswerDetail>('qd-guide-answer', { detail: { change, focus } }),
    );
  }

  private setChild(i: number, patch: Partial<Child>): void {
    this.answer({
      children: this.state.children.map((ch, k) => (k === i ? { ...ch, ...patch } : ch)),
    });
  }

  private addProfile(): void {
    const children = withProfile(this.state.children);
    this.answer({ children }, `#name-${children[children.length - 1]!.id}`);
  }

  protected override renderContent(c: GuideContent): unknown {
    const step = STEPS[this.state.step];
    return step === 'children'
      ? this.renderChildren(c)
      : step === 'devices'
        ? this.renderDevices(c)
        : this.renderConcerns(c);
  }

  private renderChildren(c: GuideContent): TemplateResult {
    const many = this.state.children.length > 1;
    return html`${this.state.children.map(
      (ch, i) =>
        html`<fieldset class="qd-child">
          <legend>${this.t('child', { n: i + 1 })}</legend>
          <div class="qd-field">
            <label for="name-${ch.id}">${this.t('childName')}</label>
            <input
              id="name-${ch.id}"
              type="text"
              autocomplete="off"
              maxlength="60"
              .value=${ch.name}
              @input=${(e: Event) => this.setChild(i, { name: (e.target as HTMLInputElement).value })}
            />
          </div>
          <fieldset>
            <legend>${this.t('childAge')}</legend>
            <div class="qd-choices">
              ${c.ageGroups.map((g) => choice('radio', `age-${ch.id}`, g.id, ch.ageGroup === g.id, this.ct(g.label, g.easy), () => this.setChild(i, { ageGroup: g.id })))}
            </div>
          </fieldset>
          ${many ? html`<button type="button" class="qd-button" @click=${() => this.answer(withoutProfile(this.state, i), '#add-child')}>${this.t('removeChild', { n: i + 1 })}</button>` : nothing}
        </fieldset>`,
    )}
    ${
      this.state.children.length < MAX_CHILDREN
        ? html`<button
            type="button"
            id="add-child"
            class="qd-button"
            @click=${() => this.addProfile()}
          >
            + ${this.t('addChild')}
          </button>`
        : nothing
    }`;
  }

  private renderDevices(c: GuideContent): TemplateResult[] {
    return CATEGORIES.filter((cat) => c.devices.some((d) => d.category === cat)).map(
      (cat) =>
        html`<fieldset>
          <legend>${this.t(`cat-${cat}`)}</legend>
          <div class="qd-choices">
            ${c.devices
              .filter((d) => d.category === cat)
              .map((d) =>
                choice(
                  'checkbox',
                  'device',
                  d.id,
                  this.state.devices.includes(d.id),
                  this.ct(d.name, d.easy),
                  (on) => this.answer({ devices: toggled(this.state.devices, d.id, on) }),
                ),
              )}
          </div>
        </fieldset>`,
    );
  }

  private renderConcerns(c: GuideContent): TemplateResult {
    return html`<div class="qd-choices">
      ${CONCERNS.filter((k) => c.guides.some((g) => g.concerns.includes(k))).map((k) =>
        choice('checkbox', 'concern', k, this.state.concerns.includes(k), this.t(`c-${k}`), (on) =>
          this.answer({ concerns: toggled(this.state.concerns, k, on) }),
        ),
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-guide-questions': QdGuideQuestions;
  }
}
