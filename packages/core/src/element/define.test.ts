import { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { defineElement, defineOnDemand } from './define.js';

let n = 0;
const uniqueTag = () => `qd-define-test-${++n}`;

describe('defineElement (guarded: loading a prototype twice never throws)', () => {
  it('defines a new tag', () => {
    class A extends LitElement {}
    const tag = uniqueTag();
    defineElement(tag, A);
    expect(customElements.get(tag)).toBe(A);
    expect(document.createElement(tag)).toBeInstanceOf(A);
  });

  it('defining the same tag twice with the same class does nothing', () => {
    class A extends LitElement {}
    const tag = uniqueTag();
    defineElement(tag, A);
    expect(() => defineElement(tag, A)).not.toThrow();
    expect(customElements.get(tag)).toBe(A);
  });

  it('a second class under the same tag (a second bundle) is ignored: the first one wins', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    const tag = uniqueTag();
    defineElement(tag, First);
    expect(() => defineElement(tag, Second)).not.toThrow();
    expect(customElements.get(tag)).toBe(First);
  });

  it('a mistake in the tag name is not hidden', () => {
    class A extends LitElement {}
    expect(() => defineElement('QdPasUnTag', A)).toThrow();
  });
});

describe('defineOnDemand (an element fetched when a page needs it, ADR 0016)', () => {
  const part = (tag: string) => {
    const calls = { n: 0 };
    const load = () => {
      calls.n++;
      defineElement(tag, class extends LitElement {});
      return Promise.resolve();
    };
    return { calls, load };
  };
  const tick = () => new Promise((r) => setTimeout(r, 0));

  it('fetches nothing while no page shows the element', async () => {
    const tag = uniqueTag();
    const { calls, load } = part(tag);
    defineOnDemand(tag, load);
    document.body.append(document.createElement('p'));
    await tick();
    expect(calls.n).toBe(0);
    expect(customElements.get(tag)).toBeUndefined();
  });

  it('fetches at once when the page already has the element, and it upgrades', async () => {
    const tag = uniqueTag();
    const el = document.body.appendChild(document.createElement(tag));
    const { calls, load } = part(tag);
    defineOnDemand(tag, load);
    await tick();
    expect(calls.n).toBe(1);
    expect(el).toBeInstanceOf(LitElement);
    el.remove();
  });

  it('fetches once when the element is added later (even deep in the page), then stops watching', async () => {
    const tag = uniqueTag();
    const { calls, load } = part(tag);
    defineOnDemand(tag, load);
    const box = document.body.appendChild(document.createElement('div'));
    box.append(document.createElement('section'));
    box.firstElementChild!.append(document.createElement(tag));
    await tick();
    expect(calls.n).toBe(1);
    expect(box.querySelector(tag)).toBeInstanceOf(LitElement);
    box.append(document.createElement(tag));
    await tick();
    expect(calls.n).toBe(1);
    box.remove();
  });

  it('the loader (for a shadow root) fetches once however often it is called', async () => {
    const tag = uniqueTag();
    const { calls, load } = part(tag);
    const ensure = defineOnDemand(tag, load);
    await Promise.all([ensure(), ensure()]);
    await ensure();
    expect(calls.n).toBe(1);
    expect(customElements.get(tag)).toBeDefined();
  });

  it('a failed fetch rejects, and the next call tries again', async () => {
    const tag = uniqueTag();
    let fail = true;
    const ensure = defineOnDemand(tag, () => {
      if (fail) return Promise.reject(new Error('hors ligne'));
      defineElement(tag, class extends LitElement {});
      return Promise.resolve();
    });
    await expect(ensure()).rejects.toThrow('hors ligne');
    fail = false;
    await ensure();
    expect(customElements.get(tag)).toBeDefined();
  });
});
