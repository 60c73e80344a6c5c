import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { findAny, scan } from '../bin/qd-no-any.mjs';

const fixture = fileURLToPath(new URL('./fixtures/any-dts', import.meta.url));

test('finds each any written as a type, with its line, in the leaky fixture package', () => {
  const { problems } = scan(fixture);
  const leaky = problems.filter((p) => p.includes('leaky'));
  assert.deepEqual(
    leaky.map((p) => p.split(':')[1]),
    ['2', '3', '4', '8'],
  );
  assert.equal(problems.filter((p) => p.includes('clean')).length, 0);
});

test('ignores comments, strings and property names', () => {
  assert.deepEqual(
    findAny("// any\n/* any */ type A = 'any'; interface B { any: string; company: number }"),
    [],
  );
  assert.equal(findAny('export declare const x: Array<any>;').length, 1);
  assert.equal(findAny('export declare const y: unknown as any;').length, 1);
});
