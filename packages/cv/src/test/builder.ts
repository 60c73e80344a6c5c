/** What the builder's test files share: mounting one, reading its heading, notice and draft. */
import { userEvent } from 'vitest/browser';
import { mount, q, settle, textOf as text } from '@quartiers-douai/kit-scripts/testing';
import type { QdCvBuilder } from '../cv-builder/cv-builder.js';
import type { StepId } from '../cv-builder/form-model.js';
import type { CvInput } from '../schema.js';

/** The draft's key on the device, as every CV so far was saved. */
export const KEY = 'qd:cv-draft:brouillon';
export const builder = (content?: CvInput, attrs: Record<string, string> = {}) =>
  mount<QdCvBuilder>('qd-cv-builder', content, attrs);
export const heading = (el: QdCvBuilder) => text(q(el, '#step-heading'));
export const notice = (el: QdCvBuilder) => text(q(el, '[part="notice"]'));
export const saved = () =>
  JSON.parse(localStorage.getItem(KEY) ?? 'null') as { data: CvInput } | null;
export async function goTo(el: QdCvBuilder, step: StepId): Promise<void> {
  el.step = step;
  await settle(el);
}
export async function press(keys: string, el: QdCvBuilder): Promise<void> {
  await userEvent.keyboard(keys);
  await settle(el);
}
