import { describe, expect, it } from 'vitest';
import { injectStrings } from './inject.js';
import type { JsonSchema } from './prototypes.js';

describe('injectStrings', () => {
  const text: JsonSchema = { type: 'string' };
  it('fills the text fields of objects, lists and maps by key, never the keys, enums or numbers', () => {
    const schema: JsonSchema = {
      type: 'object',
      properties: {
        title: text,
        kind: { type: 'string', enum: ['a', 'b'] },
        version: { type: 'number' },
        nodes: {
          type: 'object',
          additionalProperties: {
            type: 'object',
            properties: {
              messages: { type: 'array', items: { type: 'object', properties: { text } } },
            },
          },
        },
      },
    };
    const out = injectStrings(
      { title: 't', kind: 'a', version: 1, nodes: { debut: { messages: [{ text: 'm' }] } } },
      schema,
      () => 'X',
    );
    expect(out).toEqual({
      title: 'X',
      kind: 'a',
      version: 1,
      nodes: { debut: { messages: [{ text: 'X' }] } },
    });
  });
});
