import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addOperator, formatOperator, hasOperator, removeOperator, toggleOperator, type OperatorRef } from '../../../../electron/common/query/queryEdit';
import { parseQuery } from '../../../../electron/common/query/queryParser';

const xinhua: OperatorRef = { name: 'source', value: 'xinhua' };

test('formatOperator quotes values with spaces and drops quotes it cannot express', () => {
  assert.equal(formatOperator(xinhua), 'source:xinhua');
  assert.equal(formatOperator({ name: 'person', value: 'Xi Jinping' }), 'person:"Xi Jinping"');
  assert.equal(formatOperator({ name: 'tag', value: 'the "best"' }), 'tag:"the best"');
  assert.equal(formatOperator({ name: 'is', value: 'read', negated: true }), '-is:read');
});

const toggles: [string, OperatorRef, string][] = [
  ['', xinhua, 'source:xinhua'],
  ['trade war', xinhua, 'trade war source:xinhua'],
  ['trade war  ', xinhua, 'trade war source:xinhua'],
  ['trade war source:xinhua', xinhua, 'trade war'],
  ['source:xinhua trade war', xinhua, 'trade war'],
  ['"trade  war"  Source:XINHUA   -china', xinhua, '"trade  war"   -china'],
  ['a source:xinhua b source:xinhua', xinhua, 'a b'],
  ['a source:tass', xinhua, 'a source:tass source:xinhua'],
  ['a -source:xinhua', xinhua, 'a source:xinhua'],
  ['a source:xinhua', { ...xinhua, negated: true }, 'a -source:xinhua'],
  ['a source:"xinhua"', xinhua, 'a'],
  ['a person:"Xi Jinping" b', { name: 'person', value: 'Xi Jinping' }, 'a b'],
  ['a', { name: 'person', value: 'Xi Jinping' }, 'a person:"Xi Jinping"'],
  ['a sort:title', { name: 'sort', value: 'published-asc' }, 'a sort:published-asc'],
  ['"unclosed phrase', xinhua, '"unclosed phrase" source:xinhua'],
  ['a "source:xinhua" b', xinhua, 'a "source:xinhua" b source:xinhua'],
];

for (const [query, op, expected] of toggles) {
  test(`toggling ${formatOperator(op)} in ${JSON.stringify(query)} gives ${JSON.stringify(expected)}`, () => {
    assert.equal(toggleOperator(query, op), expected);
    assert.equal(hasOperator(expected, op), !hasOperator(query, op));
  });
}

const ops = fc.record({
  name: fc.constantFrom('source' as const, 'person' as const, 'tag' as const, 'is' as const),
  value: fc.constantFrom('xinhua', 'Xi Jinping', 'read', 'Минск'),
  negated: fc.boolean(),
});
const queries = fc
  .array(fc.constantFrom('trade', '"a b"', ' ', '-', 'source:xinhua', 'OR', '"', 'person:"Xi Jinping"', '习近平', 'x*'), { maxLength: 10 })
  .map((p) => p.join(' '));

test('adding then removing an operator leaves the rest of the query as it was read', () => {
  fc.assert(
    fc.property(queries, ops, (query, op) => {
      fc.pre(!hasOperator(query, op) && !hasOperator(query, { ...op, negated: !op.negated }));
      const added = addOperator(query, op);
      assert.ok(hasOperator(added, op));
      assert.equal(addOperator(added, op), added);
      const { hints: _, ...before } = parseQuery(query);
      const { hints: __, ...after } = parseQuery(removeOperator(added, op));
      assert.deepEqual(after, before);
    }),
  );
});
