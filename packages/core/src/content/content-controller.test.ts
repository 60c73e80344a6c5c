import { describe, it, expect, afterEach } from 'vitest';
import { QdDemo, demoContent } from '../test/test-element.js';

const mounted: HTMLElement[] = [];
async function mount(setup: (el: QdDemo) => void): Promise<QdDemo> {
  const el = document.createElement('qd-demo');
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}
afterEach(() => mounted.splice(0).forEach((e) => e.remove()));

describe('content loading', () => {
  it('renders content given as a property', async () => {
    const el = await mount((e) => (e.content = demoContent));
    expect(el.shadowRoot!.querySelector('h2')!.textContent).toContain('Bienvenue au centre social');
  });
});
