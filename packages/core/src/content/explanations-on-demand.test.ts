/**
 * The French explanations of a wrong file arrive later than the file (they are fetched on
 * demand, docs/decisions/0012): while they load, and if they never come.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import type { ExplainModule } from './explanations.js';
import { EXPLANATIONS_UNAVAILABLE } from './explanations.js';
import { DeviceStore, KIT } from '../storage/device-store.js';
import { cleanup, mount, shadow, within } from '@quartiers-douai/kit-scripts/testing';
import { demoContent } from '../test/test-element.js';

/** What the next `loadExplanations()` gives; by default the real module. */
const gate = vi.hoisted(() => ({ next: undefined as undefined | Promise<unknown> }));
vi.mock('./explanations.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./explanations.js')>();
  return {
    ...real,
    loadExplanations: () =>
      (gate.next as Promise<ExplainModule | undefined>) ?? real.loadExplanations(),
  };
});

afterEach(() => {
  gate.next = undefined;
  cleanup();
  localStorage.clear();
});

const wrong = { ...demoContent, paragraphs: [] };
const other = { ...demoContent, title: 'Un autre contenu' };
const title = (el: Element) => shadow(el).querySelector('h2')?.textContent?.trim();

function deferred() {
  let open!: (m: ExplainModule | undefined) => void;
  const p = new Promise<ExplainModule | undefined>((r) => (open = r));
  return { p, open, real: () => import('./explain.lazy.js') };
}

describe('explanations loaded on demand', () => {
  it('while they load, the previous content is gone at once (no more answers to it), and no error event yet', async () => {
    const d = deferred();
    gate.next = d.p;
    const el = await mount('qd-demo', (e) => (e.content = demoContent));
    const errors: Event[] = [];
    el.addEventListener('qd-content-error', (e) => errors.push(e));
    el.content = wrong;
    // (updateComplete waits for the explanations: let one frame render instead)
    await new Promise((r) => requestAnimationFrame(r));
    expect(title(el)).not.toBe(demoContent.title);
    expect(el.data).toBeUndefined();
    expect(el.contentStatus).toBe('invalid');
    expect(shadow(el).querySelector('[part="loading"]')).not.toBeNull();
    expect(errors).toHaveLength(0);
    d.open(await d.real());
    await el.updateComplete;
    await expect.element(within(el).getByText(/paragraphs/)).toBeVisible();
    expect(errors).toHaveLength(1);
  });

  it('newer content given while they load wins: the late explanations do not overwrite it', async () => {
    const d = deferred();
    gate.next = d.p;
    const el = await mount('qd-demo', (e) => (e.content = demoContent));
    el.content = wrong;
    await new Promise((r) => requestAnimationFrame(r));
    el.content = other;
    await new Promise((r) => requestAnimationFrame(r));
    d.open(await d.real());
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(el.contentStatus).toBe('ready');
    expect(title(el)).toBe('Un autre contenu');
  });

  it('offline: the panel still says the file is wrong, and asks to reload', async () => {
    gate.next = Promise.resolve(undefined);
    const el = await mount('qd-demo', (e) => (e.content = wrong));
    await expect.element(within(el).getByText(EXPLANATIONS_UNAVAILABLE.message)).toBeVisible();
    expect(within(el).getByRole('heading').element().textContent).toContain('afficher');
  });

  it('offline: importing a wrong data file says why it failed (never an unhandled error)', async () => {
    gate.next = Promise.resolve(undefined);
    const store = new DeviceStore({
      type: 'demo',
      id: 'x',
      version: 1,
      schema: z.object({ n: z.number() }),
      area: 'local',
    });
    const r = await store.importText(
      JSON.stringify({ kit: KIT, type: 'demo', version: 1, data: { n: 'deux' } }),
    );
    expect(r).toEqual({ ok: false, problems: [EXPLANATIONS_UNAVAILABLE] });
    expect(localStorage.length).toBe(0);
  });
});
