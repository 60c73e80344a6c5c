/**
 * What a page downloads: a French page with valid content loads no language file and no French
 * explanations; a wrong file brings the explanations, an English page the English texts
 * (docs/decisions/0012). Runs alone in its own page, so nothing was loaded before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mount, setPageLang, within } from '@quartiers-douai/kit-scripts/testing';
import { demoContent } from '../test/test-element.js';
import '../test/store-demo.js';

afterEach(cleanup);

const fetched = (name: string) =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((url) => url.includes(name));

describe('files loaded on demand', () => {
  it('a French page with valid content loads neither the explanations nor any language file', async () => {
    setPageLang('fr');
    const el = await mount('qd-demo', (e) => (e.content = demoContent));
    await expect
      .element(within(el).getByRole('heading', { name: demoContent.title }))
      .toBeVisible();
    expect(fetched('explain.lazy')).toEqual([]);
    expect(fetched('core-messages.en')).toEqual([]);
    expect(fetched('core-messages.ar')).toEqual([]);
    expect(fetched('store.lazy')).toEqual([]);
    expect(fetched('kiosk.lazy')).toEqual([]);
  });

  it('a wrong file loads the French explanations, then shows where and what to fix', async () => {
    const el = await mount('qd-demo', (e) => (e.content = { ...demoContent, paragraphs: [] }));
    await expect
      .element(within(el).getByRole('heading', { name: 'Ce contenu ne peut pas s’afficher' }))
      .toBeVisible();
    expect(
      within(el)
        .getByText(/paragraphs/)
        .elements().length,
    ).toBeGreaterThan(0);
    expect(fetched('explain.lazy').length).toBeGreaterThan(0);
  });

  it('a JSON syntax error is explained with its line and column', async () => {
    const el = await mount('qd-demo', (e) => {
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{ "version": 1,\n  "title": "x", }';
      e.append(script);
    });
    await expect.element(within(el).getByText(/ligne 2, colonne \d+/)).toBeVisible();
  });

  it('an English page loads the English texts, and only them', async () => {
    setPageLang('en');
    const el = await mount('qd-demo');
    await expect
      .element(within(el).getByRole('heading', { name: 'No content to show' }))
      .toBeVisible();
    expect(fetched('core-messages.en').length).toBeGreaterThan(0);
    expect(fetched('core-messages.ar')).toEqual([]);
    setPageLang(null);
  });

  it('a page that keeps progress (storage="local") loads the storage code, and uses it', async () => {
    const el = await mount('qd-store-demo', (e) => {
      e.storage = 'local';
      e.content = demoContent;
    });
    await expect
      .element(within(el).getByRole('heading', { name: demoContent.title }))
      .toBeVisible();
    expect(fetched('store.lazy').length).toBeGreaterThan(0);
  });

  it('a shared device (kiosk-timeout) loads the reset code', async () => {
    const el = await mount('qd-demo', (e) => {
      e.kioskTimeout = 120;
      e.content = demoContent;
    });
    await expect
      .element(within(el).getByRole('heading', { name: demoContent.title }))
      .toBeVisible();
    expect(fetched('kiosk.lazy').length).toBeGreaterThan(0);
  });
});
