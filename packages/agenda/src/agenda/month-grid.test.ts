/** `<qd-agenda>`'s month grid (month-grid.ts) with the keyboard. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { cleanup, focused, mount, norm, q, qa, settle } from '@quartiers-douai/kit-scripts/testing';
import '../define.js';
import { tinyAgenda } from '../fixtures.js';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('qd-agenda · keyboard (review: the month grid)', () => {
  it('Escape in the details under the grid gives the focus back to the activity’s button', async () => {
    const el = await mount('qd-agenda', tinyAgenda, { today: '2027-03-01', view: 'month' });
    const chip = qa<HTMLButtonElement>(el, 'td button')[1]!;
    chip.focus();
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(focused(el)!.id).toBe('detail-title');
    expect(qa(el, 'td button')[1]!.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Escape}');
    await settle(el);
    expect(q(el, '[part="detail"]')).toBeNull();
    expect(focused(el)).toBe(qa(el, 'td button')[1]);
    expect(norm(focused(el)!.textContent)).toBe('18:00 Atelier CV, mardi 16 mars');
  });
});
