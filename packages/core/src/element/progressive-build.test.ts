/**
 * The progressive first build (element/progressive-build.ts): on a bare host, what it builds and
 * when; in a real element, one part per task, hidden behind the loading message until whole, and
 * `updateComplete` waiting for the whole first screen.
 */
import { describe, expect, it } from 'vitest';
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { PendingWorks } from './pending.js';
import { ProgressiveBuild } from './progressive-build.js';
import { QdDemo, demoContent, type DemoContent } from '../test/test-element.js';
import { defineElement } from './define.js';
import { loadingPanel } from './templates.js';
import { mount, shadow, settle } from '@quartiers-douai/kit-scripts/testing';

/** A host that counts its renders asked for and keeps its controllers' pending work. */
function host() {
  const works = new PendingWorks();
  const controllers: ReactiveController[] = [];
  const h = {
    updates: 0,
    works,
    controllers,
    addController: (c: ReactiveController) => (controllers.push(c), works.add(c)),
    removeController: () => undefined,
    requestUpdate: () => void h.updates++,
    updateComplete: Promise.resolve(true),
    /** What Lit does after a render. */
    updated: () => controllers.forEach((c) => c.hostUpdated?.()),
  };
  return h as typeof h & ReactiveControllerHost;
}

const parts = ['top', 'form', 'whole'] as const;

describe('ProgressiveBuild', () => {
  it('adds one part per task after each render that read it, then is done and never starts again', async () => {
    const h = host();
    const b = new ProgressiveBuild(h, parts);
    expect(h.works.holding).toBe(false); // (the element keeps its own loading message)
    expect([b.has('top'), b.has('form'), b.has('whole'), b.done]).toEqual([
      false,
      false,
      false,
      false,
    ]);
    h.updated();
    expect(b.pending).toBeDefined();
    expect(h.updates).toBe(0); // not in this task
    await b.pending;
    expect(h.updates).toBe(1);
    expect([b.has('top'), b.has('form'), b.done]).toEqual([true, false, false]);
    h.updated();
    await b.pending;
    expect([b.has('form'), b.has('whole'), b.done]).toEqual([true, false, false]);
    h.updated();
    await b.pending;
    expect([b.has('whole'), b.done]).toEqual([true, true]);
    expect(h.updates).toBe(3);
    h.updated();
    expect(b.pending).toBeUndefined();
    expect(h.updates).toBe(3);
  });

  it('does not start while the host renders something else (a loading or error panel)', async () => {
    const h = host();
    const b = new ProgressiveBuild(h, parts);
    h.updated(); // a render that did not read the build
    expect(b.pending).toBeUndefined();
    void b.done; // the content shows
    h.updated();
    expect(b.pending).toBeDefined();
    h.updated(); // a render while the next part waits: still one part per task
    await b.pending;
    expect(b.has('top')).toBe(true);
    expect(b.has('form')).toBe(false);
    expect(h.updates).toBe(1);
  });
});

/** The demo element, its article built in three parts. */
class QdBuiltDemo extends QdDemo {
  readonly build = new ProgressiveBuild(this, parts);
  /** The parts shown at each render, in order. */
  readonly renders: string[] = [];
  /** After each render: the parts shown, the article hidden, the loading message there. */
  readonly screens: Array<[string, boolean, boolean]> = [];
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const article = this.renderRoot.querySelector('article');
    const loading = !!this.renderRoot.querySelector('[part~="loading"]');
    if (article) this.screens.push([this.renders.at(-1)!, article.hidden, loading]);
  }
  protected override renderContent(c: DemoContent) {
    const shown = parts.filter((p) => this.build.has(p)).join(',');
    this.renders.push(shown);
    return html`${this.build.done ? nothing : loadingPanel(false, this.tr)}
      <article ?hidden=${!this.build.done}>
        ${this.build.has('top') ? html`<h2>${c.title}</h2>` : nothing}
        ${this.build.has('form') ? c.paragraphs.map((p) => html`<p>${p}</p>`) : nothing}
      </article>`;
  }
}
defineElement('qd-built-demo', QdBuiltDemo);

describe('ProgressiveBuild › in an element', () => {
  it('updateComplete waits for the whole first screen, built in separate tasks, hidden until then', async () => {
    const el = await mount<QdBuiltDemo>('qd-built-demo', (e) => (e.content = demoContent));
    expect(el.renders).toEqual(['', 'top', 'top,form', 'top,form,whole']);
    const root = shadow(el);
    expect(root.querySelector('article')!.hidden).toBe(false);
    expect(root.querySelector('[part~="loading"]')).toBeNull();
    expect(root.querySelector('h2')!.textContent).toBe(demoContent.title);
    expect(root.querySelectorAll('article p')).toHaveLength(2);
  });

  it('shows the loading message, and nothing of the content, until the build is done; microtasks alone never finish it', async () => {
    const el = document.createElement('qd-built-demo') as QdBuiltDemo;
    el.content = demoContent;
    document.body.append(el);
    for (let i = 0; i < 50; i++) await Promise.resolve(); // no task boundary
    expect(el.renders.at(-1)).not.toBe('top,form,whole');
    await settle(el);
    expect(el.screens.length).toBeGreaterThan(2);
    const [last, ...before] = [...el.screens].reverse();
    expect(last).toEqual(['top,form,whole', false, false]);
    for (const [parts, hidden, loading] of before)
      expect([parts, hidden, loading]).toEqual([parts, true, true]);
    el.remove();
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'qd-built-demo': QdBuiltDemo;
  }
}
