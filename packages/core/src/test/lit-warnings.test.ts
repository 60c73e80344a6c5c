/** Proves the trap of the test setup: a real Lit dev-mode warning is caught (and would fail the test). */
import { LitElement, html } from 'lit';
import { describe, expect, it } from 'vitest';
import { defineElement } from '../element/define.js';
import { cleanup, mount } from '@quartiers-douai/kit-scripts/testing';

declare global {
  var __qdTakeLitWarnings: () => string[];
  var litIssuedWarnings: Set<string> | undefined;
}

/** Requests an update in `updated()`: Lit warns "change-in-update". */
class QdUpdatesInUpdated extends LitElement {
  static override properties = { count: { type: Number } };
  declare count: number;
  constructor() {
    super();
    this.count = 0;
  }
  protected override updated(): void {
    if (this.count < 1) this.count++;
  }
  protected override render() {
    return html`${this.count}`;
  }
}
defineElement('qd-updates-in-updated', QdUpdatesInUpdated);
declare global {
  interface HTMLElementTagNameMap {
    'qd-updates-in-updated': QdUpdatesInUpdated;
  }
}

describe('Lit dev-mode warnings fail the tests', () => {
  it('tests run on Lit’s development build', () => {
    expect(globalThis.litIssuedWarnings).toBeInstanceOf(Set);
  });

  it('a real Lit warning is caught by the setup', async () => {
    expect(globalThis.__qdTakeLitWarnings()).toEqual([]);
    const el = await mount('qd-updates-in-updated');
    await el.updateComplete;
    const warnings = globalThis.__qdTakeLitWarnings();
    cleanup();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/qd-updates-in-updated scheduled an update/);
    expect(warnings[0]).toMatch(/lit\.dev\/msg\/change-in-update/);
    expect(globalThis.__qdTakeLitWarnings()).toEqual([]); // taken: this test itself passes
  });
});
