import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEntities } from '../../../../../electron/library/entities/extract/extractEntities';

const orgs = (text: string): string[] =>
  extractEntities(text, 'zh')
    .entities.filter((e) => e.kind === 'org')
    .map((e) => e.name);

test('Chinese: a member role between a name nobody listed and a person makes the name an organisation, with its full name after a place', () => {
  const text = '北京国安客场1比0战胜对手。\n\n国安主教练苏亚雷斯赛后说，球队打得很好。山东泰山前锋克雷桑表示遗憾。';
  const found = orgs(text);
  assert.ok(found.includes('国安'), found.join(' '));
  assert.ok(found.includes('北京国安'), found.join(' '));
  assert.deepEqual(orgs('故宫研究院院长王旭东表示，修复工作将持续三年。'), ['故宫研究院']);
  // Before a role, words that do not begin a clause (more than a name's six characters) name no organisation.
  assert.deepEqual(orgs('今天参加比赛的东非沿海地区球员马克·奥洛表示满意。'), []);
});
