import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { test } from 'node:test';
import { onePerConnection } from '../../../../electron/library/db/onePerConnection';

test('a connection gets the one made for it on its first asking, another connection its own', () => {
  let made = 0;
  const counter = onePerConnection(() => ({ made: ++made }));
  const [a, b] = [new Database(':memory:'), new Database(':memory:')];
  try {
    const first = counter(a);
    assert.equal(counter(a), first);
    assert.notEqual(counter(b), first);
    assert.equal(made, 2);
  } finally {
    a.close();
    b.close();
  }
});
