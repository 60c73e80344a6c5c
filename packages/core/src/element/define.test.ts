import { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { defineElement } from './define.js';

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
