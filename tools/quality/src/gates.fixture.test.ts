import { describe, it, expect, afterEach } from 'vitest';
import { fuzzGate, privacyGate, xssGate } from './gates.js';
import { brokenSubject } from './fixtures/broken.js';
import { rawAddressSubject } from './fixtures/raw-address.js';
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

  it('XSS gate: an address checked on its raw text runs a script or loads from another site once the browser strips a control character', async () => {
    const failures = await xssGate(rawAddressSubject, 1);
    // The photo: "\u0001javascript:…" and "\u0001//evil.example/x" taken for relative paths.
    expect(
      failures.some((f) => /src="\\u0001javascript:.* on <img>: a script address/.test(f)),
    ).toBe(true);
    expect(
      failures.some((f) =>
        /src="\\u0001\/\/evil\.example\/x" on <img>: another site over plain http/.test(f),
      ),
    ).toBe(true);
    // The link: a script address the resident would run by a click.
    expect(failures.some((f) => /href=".* on <a>: a script address/.test(f))).toBe(true);
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
