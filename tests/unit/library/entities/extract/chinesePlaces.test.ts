import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEntities } from '../../../../../electron/library/entities/extract/extractEntities';

test('a city named with its division’s word is the same place named again without it', () => {
  const places = extractEntities('记者从浙江省义乌市获悉，今年前四个月，义乌对中亚五国出口小商品增长。', 'zh').entities.filter((e) => e.kind === 'place');
  const yiwu = places.find((e) => e.name === '义乌市');
  assert.ok(yiwu);
  assert.ok(yiwu.aliases.includes('义乌'), JSON.stringify(yiwu));
  assert.equal(places.filter((e) => e.name === '义乌').length, 0);
});
