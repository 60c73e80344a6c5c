/**
 * The helpers of the stories' play functions and embed snippets, one home for every package's
 * `*.stories.ts` (docs/decisions/0020). A package's story imports them by path, as Storybook
 * (.storybook/main.ts) collects the stories from packages/*\/src:
 *
 *   import { fileOf, focusedIn, inFrench, story } from '../../../../apps/storybook/src/story-helpers.js';
 *
 *   const quiz = (canvas: HTMLElement) => story<QdQuiz>(canvas, 'qd-quiz');
 *   export const Keyboard: Story = {
 *     play: inFrench(async ({ canvasElement }) => {
 *       const { el, view } = await quiz(canvasElement);
 *       await userEvent.click(view.getByRole('button', { name: 'Commencer' }));
 *       await waitFor(() => expect(focusedIn(el)?.id).toBe('question-heading'));
 *     }),
 *   };
 */
import { expect, waitFor, within, type queries } from 'storybook/test';

/** The shadow root of a story's element, queried by role and name (testing-library's queries). */
export type View = ReturnType<typeof within<typeof queries>>;

type Rendered = HTMLElement & { updateComplete?: Promise<unknown>; contentStatus?: string };

/**
 * The story's `tag` element once `ready` passes (by default: its content is no longer loading),
 * rendered, and `view`, its shadow root queried as a person perceives it (roles, names).
 */
export async function story<E extends Rendered = Rendered>(
  canvasElement: HTMLElement,
  tag: string,
  ready: (el: E) => unknown = (el) => expect(el.contentStatus).not.toBe('loading'),
): Promise<{ el: E; view: View }> {
  const el = canvasElement.querySelector<E>(tag);
  if (!el) throw new Error(`story: no <${tag}> in the story`);
  // (up to 5 s: a page in Arabic fetches its language files, a wrong file its explanations, and
  // CI runs two packages' stories at once)
  await waitFor(() => ready(el), { timeout: 5000 });
  await el.updateComplete;
  return { el, view: within(el.shadowRoot as unknown as HTMLElement) };
}

/** The focused element, inside the shadow roots (testing-library's toHaveFocus only sees the host). */
export function focusedIn(host: Element): Element | null {
  let a: Element | null = host.shadowRoot?.activeElement ?? null;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

/**
 * Plays only in the French pass: the interactions name buttons as a French reader sees them. The
 * other passes (dark, Arabic) still render the story and check it with axe.
 */
export const inFrench =
  (play: (c: { canvasElement: HTMLElement }) => Promise<void>) =>
  async (c: { canvasElement: HTMLElement; globals: Record<string, unknown> }) => {
    if ((c.globals['lang'] ?? 'fr') !== 'fr') return;
    await play(c);
  };

/**
 * The file an embed snippet names for the story's content: a sample's file is named after its
 * `id` (content/premier-pas.json…); any other content gets `fallback` (mon-tuto.json…).
 */
export function fileOf(
  content: unknown,
  samples: Record<string, { id: string }>,
  fallback: string,
): string {
  const id = (content as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' && Object.values(samples).some((s) => s.id === id)
    ? `${id}.json`
    : fallback;
}
