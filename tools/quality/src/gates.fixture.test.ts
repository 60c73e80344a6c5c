import { describe, it, expect, afterEach } from 'vitest';
import { fuzzGate, privacyGate, xssGate } from './gates.js';
import { brokenSubject } from './fixtures/broken.js';
import { swallowingSubject } from './fixtures/swallowing.js';

afterEach(() => {
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
  (window as { __qdXss?: unknown }).__qdXss = undefined;
});

describe('each gate catches the deliberately broken fixture', () => {
  it('XSS gate: a payload written as HTML runs or adds elements', async () => {
    const failures = await xssGate(brokenSubject, 3);
    expect(
      failures.some((f) =>
        /unexpected <(img|svg|script|iframe)>|payload ran|event-handler/.test(f),
      ),
    ).toBe(true);
  });

  it('XSS gate: text dropped by a "sanitizer", left only inside a form field, is not visible as text', async () => {
    const failures = await xssGate(swallowingSubject, 2);
    expect(failures).toContain(
      'swallowing.json rotation 0: no payload visible as text on any screen (only inside form fields)',
    );
    expect(failures.filter((f) => /unexpected|payload ran|event-handler/.test(f))).toEqual([]);
  });

  it('fuzz gate: a crash on a valid content is reported with its counterexample', async () => {
    const failures = await fuzzGate(brokenSubject, { hostile: 20, valid: 40 });
    expect(failures.some((f) => f.startsWith('valid content') && f.includes('too short'))).toBe(
      true,
    );
  });

  it('privacy gate: storage without opt-in and an undeclared request are reported', async () => {
    const failures = await privacyGate(brokenSubject);
    expect(
      failures.some((f) => f.includes('storage written without opt-in: local:broken-progress')),
    ).toBe(true);
    expect(failures.some((f) => f.includes('fetch https://tracker.invalid/pixel'))).toBe(true);
  });
});
