// Lit dev-mode warnings fail the test that caused them (HOUSE-STYLE: "Lit dev-mode warnings
// fail the test run"). The one-off "Lit is in dev mode" notice is expected under test.
import { afterEach } from 'vitest';

// Tests run in a page like a French centre's site (<html lang="fr">); vitest's own page says "en".
document.documentElement.lang = 'fr';

globalThis.litIssuedWarnings ??= new Set();
globalThis.litIssuedWarnings.add('dev-mode');

const caught = [];
const isLitWarning = (text) => /lit\.dev\/msg\//.test(text);
const original = console.warn.bind(console);
console.warn = (...args) => {
  const text = args.map((a) => (typeof a === 'string' ? a : String(a))).join(' ');
  if (isLitWarning(text)) caught.push(text);
  original(...args);
};

/** For the test that proves the trap works: read and clear what was caught. */
globalThis.__qdTakeLitWarnings = () => caught.splice(0, caught.length);

afterEach(() => {
  if (caught.length > 0) {
    const messages = caught.splice(0, caught.length);
    throw new Error(`Lit dev-mode warning(s) during this test:\n${messages.join('\n')}`);
  }
});
