/**
 * The poll's later screens, a *part* of the CDN bundle (docs/decisions/0016): the questions (and
 * the ranking list), the review and the thank-you screen with its kiosk countdown. A page that only shows a poll's
 * first screen (or its closed message) never downloads them; `<qd-poll>` fetches them when
 * someone starts answering (ahead on a pointer or focus on "Répondre au sondage", and at once
 * on a kiosk, which must keep working offline).
 *
 * They are internal elements of `<qd-poll>`, rendered in its shadow root without a shadow root
 * of their own: the poll's styles, ids (`aria-describedby`), parts and focus reach inside. The
 * poll hands them its translator, its rich-text renderer and callbacks; they keep only the
 * state of their own interaction (a drag, a countdown, an announcement).
 */ import { defineElement } from '@quartiers-douai/core';
import { QdPollForm } from './form-screen.js';
import { QdPollQuestion } from './question-screen.js';
import { QdPollRanking } from './ranking-screen.js';
import { QdPollReview, QdPollThanks } from './review-screens.js';

export { screensFr } from './screens-messages.js';
export { setAnswer, setOrder, submit, firstWrong } from './sheet-steps.js';
export { toBallot } from './answers.js';
export { keepBallot } from './keep-ballot.js';
export { afterSending, afterSubmit, thanksStatus } from './after-submit.js';
export { screensStyles } from './screens.styles.js';
export { QdPollForm, QdPollQuestion, QdPollRanking, QdPollReview, QdPollThanks };

defineElement('qd-poll-form', QdPollForm);
defineElement('qd-poll-question', QdPollQuestion);
defineElement('qd-poll-ranking', QdPollRanking);
defineElement('qd-poll-review', QdPollReview);
defineElement('qd-poll-thanks', QdPollThanks);

declare global {
  interface HTMLElementTagNameMap {
    'qd-poll-form': QdPollForm;
    'qd-poll-question': QdPollQuestion;
    'qd-poll-ranking': QdPollRanking;
    'qd-poll-review': QdPollReview;
    'qd-poll-thanks': QdPollThanks;
  }
}
