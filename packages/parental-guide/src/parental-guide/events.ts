/** The events of `<qd-parental-guide>` and `<qd-screen-pact>` (bubbles, composed). */

/** `qd-complete`: the questionnaire is answered and the guide shown (no first names). */
export interface GuideCompleteDetail {
  children: Array<{ ageGroup: string | null; guides: string[] }>;
  devices: string[];
  concerns: string[];
}

/** `qd-progress`: a step was ticked or unticked. */
export interface GuideProgressDetail {
  /** Index of the child profile (0 = first). */
  child: number;
  guideId: string;
  /** Index of the step in the guide (0 = first). */
  step: number;
  done: boolean;
  doneSteps: number;
  totalSteps: number;
}

/** `qd-print`: the page is about to print the checklist or the family agreement. */
export interface PrintDetail {
  document: 'checklist' | 'pact';
}
