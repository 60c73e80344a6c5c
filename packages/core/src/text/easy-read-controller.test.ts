import { LitElement } from 'lit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EasyReadController } from './easy-read-controller.js';
import { demoContent } from '../test/test-element.js';
import {
  cleanup,
  mount,
  mountHtml,
  setPageLang,
  settle,
  within,
} from '@quartiers-douai/kit-scripts/testing';

beforeEach(() => setPageLang('fr'));
afterEach(cleanup);

describe('EasyReadController', () => {
  const host = () => {
    const updates: number[] = [];
    const h = { addController() {}, requestUpdate: () => updates.push(1) } as unknown as LitElement;
    return { controller: new EasyReadController(h), updates };
  };

  it('off by default: the standard text', () => {
    const { controller } = host();
    expect(controller.on).toBe(false);
    expect(
      controller.pick('Le centre est ouvert du lundi au vendredi.', 'Ouvert en semaine.'),
    ).toBe('Le centre est ouvert du lundi au vendredi.');
  });

  it('on: the easy variant when there is one, else the standard text', () => {
    const { controller, updates } = host();
    controller.toggle();
    expect(controller.on).toBe(true);
    expect(updates).toHaveLength(1);
    expect(controller.pick('Texte', 'Texte facile')).toBe('Texte facile');
    expect(controller.pick('Texte', '  ')).toBe('Texte');
    expect(controller.pick('Texte')).toBe('Texte');
    expect(controller.pick(undefined, undefined)).toBeUndefined();
  });

  it('setting the same value does not re-render', () => {
    const { controller, updates } = host();
    controller.on = false;
    expect(updates).toHaveLength(0);
  });
});

describe('easy-read in an element', () => {
  const title = (el: Element) => within(el).getByRole('heading', { level: 2 });

  it('the easy attribute shows the easy variant', async () => {
    const el = await mount('qd-demo', (e) => {
      e.setAttribute('easy', '');
      e.content = demoContent;
    });
    await expect.element(title(el)).toHaveTextContent(demoContent.easy!);
  });

  it('absent or easy="false": the standard text', async () => {
    const off = await mountHtml('<qd-demo easy="false"></qd-demo>');
    (off as HTMLElementTagNameMap['qd-demo']).content = demoContent;
    await settle(off);
    await expect.element(title(off)).toHaveTextContent(demoContent.title);
    const absent = await mount('qd-demo', (e) => (e.content = demoContent));
    await expect.element(title(absent)).toHaveTextContent(demoContent.title);
  });

  it('switching easy on and off re-renders the text', async () => {
    const el = await mount('qd-demo', (e) => (e.content = demoContent));
    el.easy = true;
    await expect.element(title(el)).toHaveTextContent(demoContent.easy!);
    el.easy = false;
    await expect.element(title(el)).toHaveTextContent(demoContent.title);
  });
});
