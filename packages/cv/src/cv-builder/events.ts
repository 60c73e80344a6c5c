/** The events of `<qd-cv-builder>` (besides `change`): user actions, `bubbles` and `composed`. */
import type { StepId } from './form-model.js';

/** `qd-step`: the person moved to another step. */
export interface CvStepDetail {
  step: StepId;
  index: number;
}
/** `qd-export`: the CV was exported to a file or sent to the printer (no personal data in the event). */
export interface CvExportDetail {
  format: 'json' | 'print';
}
/** `qd-import`: a CV file was imported; `ignored` lists the fields kept but not shown. */
export interface CvImportDetail {
  ignored: string[];
}
/** `qd-erase`: the CV was wiped from the device. */
export interface CvEraseDetail {
  reason: 'erase' | 'finish' | 'inactivity';
}

interface CvEvents {
  'qd-step': CvStepDetail;
  'qd-export': CvExportDetail;
  'qd-import': CvImportDetail;
  'qd-erase': CvEraseDetail;
}

/** Dispatches one of the builder's events from `el`, out of its shadow root. */
export function fire<T extends keyof CvEvents>(
  el: EventTarget,
  type: T,
  detail: CvEvents[T],
): void {
  el.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
}

declare global {
  interface HTMLElementEventMap {
    'qd-step': CustomEvent<CvStepDetail>;
    'qd-export': CustomEvent<CvExportDetail>;
    'qd-import': CustomEvent<CvImportDetail>;
    'qd-erase': CustomEvent<CvEraseDetail>;
  }
}
