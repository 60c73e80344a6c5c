/** Registers <qd-quiz> (safe to load twice). */
import { defineElement } from '@quartiers-douai/core';
import { QdQuiz } from './quiz/quiz.js';

defineElement('qd-quiz', QdQuiz);

export { QdQuiz };
