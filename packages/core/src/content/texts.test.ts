/**
 * Keyed rule sentences (docs/decisions/0014): a schema's own checks report `§key` + parameters;
 * the French sentence comes from the prototype's table (loaded only when a file is wrong), then
 * core's.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import { html } from 'lit';
import { QdContentElement } from '../element/qd-element.js';
import { defineElement } from '../element/define.js';
import type { ContentSpec } from './content-controller.js';
import { addIssue, checkUniqueIds, obj, text, version } from './schema-kit.js';
import type { Texts } from './texts.js';
import { customText, kitTexts } from './kit-texts.js';
import { validateContent } from './validate.js';
import { cleanup, mount, shadow } from '@quartiers-douai/kit-scripts/testing';

const ruleSchema = obj({
  version: version(),
  items: z.array(obj({ id: text(), size: z.number() })),
}).check((ctx) => {
  checkUniqueIds(ctx, ctx.value.items, ['items']);
  ctx.value.items.forEach((item, i) => {
    if (item.size > 3) addIssue(ctx, ['items', i, 'size'], '§tooBig', { size: item.size, max: 3 });
  });
});
type RuleContent = z.output<typeof ruleSchema>;

const ruleTexts: Texts = {
  tooBig: (p) => `taille ${String(p.size)} trop grande : ${String(p.max)} au plus`,
};

const good = { version: 1, items: [{ id: 'a', size: 1 }] };
const bad = {
  version: 1,
  items: [
    { id: 'a', size: 5 },
    { id: 'a', size: 1 },
  ],
};

describe('customText', () => {
  it('a plain message is shown as written', () => {
    expect(customText('texte libre', undefined)).toBe('texte libre');
  });
  it("a §key takes the prototype's sentence first, then core's, with its parameters", () => {
    expect(customText('§tooBig', { size: 9, max: 3 }, ruleTexts)).toBe(
      'taille 9 trop grande : 3 au plus',
    );
    expect(customText('§uniqueId', { value: 'q2', first: 1 }, ruleTexts)).toBe(
      kitTexts.uniqueId!({ value: 'q2', first: 1 }),
    );
    expect(customText('§id', undefined)).toMatch(/^identifiant invalide/);
  });
  it('a key nobody explains (texts not loaded) still names the rule, in French', () => {
    expect(customText('§tooBig', { size: 9 })).toBe(
      'cette valeur ne respecte pas une règle du contenu (règle « tooBig ») : vérifiez-la avec le guide de rédaction',
    );
  });
});

describe('validateContent with a texts table', () => {
  const opts = { supportedVersion: 1, packageName: '@quartiers-douai/test' };
  it('explains keyed rules with the given texts and core rules with core texts', () => {
    const r = validateContent(ruleSchema, bad, { ...opts, texts: ruleTexts });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems).toEqual([
      {
        path: 'items[1].id',
        message: expect.stringMatching(/« a » est déjà utilisé \(élément n°0\)/),
      },
      { path: 'items[0].size', message: 'taille 5 trop grande : 3 au plus' },
    ]);
  });
});

const loads = vi.fn<() => Promise<{ default: Texts }>>();

class QdRules extends QdContentElement<RuleContent> {
  protected override get contentSpec(): ContentSpec<RuleContent> {
    return { schema: ruleSchema, version: 1, packageName: '@quartiers-douai/test', texts: loads };
  }
  protected override renderContent(c: RuleContent) {
    return html`<p>${c.items.length} élément(s)</p>`;
  }
}
defineElement('qd-rules-test', QdRules);

declare global {
  interface HTMLElementTagNameMap {
    'qd-rules-test': QdRules;
  }
}

const mountRules = (content: unknown) => mount('qd-rules-test', (el) => (el.content = content));

afterEach(() => {
  cleanup();
  loads.mockReset();
});

describe("the element loads the prototype's texts only for a wrong file", () => {
  it('valid content: the texts are never fetched', async () => {
    loads.mockResolvedValue({ default: ruleTexts });
    const el = await mountRules(good);
    expect(shadow(el).querySelector('p')?.textContent).toBe('1 élément(s)');
    expect(loads).not.toHaveBeenCalled();
  });

  it('wrong content: fetched once, and the panel says the sentence', async () => {
    loads.mockResolvedValue({ default: ruleTexts });
    const el = await mountRules(bad);
    expect(loads).toHaveBeenCalledTimes(1);
    const panel = shadow(el).querySelector('[part="error"]')?.textContent ?? '';
    expect(panel).toContain('items[0].size');
    expect(panel).toContain('taille 5 trop grande : 3 au plus');
    expect(panel).toContain('« a » est déjà utilisé');
  });

  it('texts that cannot be fetched (offline): the panel still names the rule', async () => {
    loads.mockRejectedValue(new Error('offline'));
    const el = await mountRules(bad);
    const panel = shadow(el).querySelector('[part="error"]')?.textContent ?? '';
    expect(panel).toContain('(règle « tooBig »)');
    expect(panel).toContain('« a » est déjà utilisé');
  });
});
