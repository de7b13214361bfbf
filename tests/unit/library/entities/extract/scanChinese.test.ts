import assert from 'node:assert/strict';
import { test } from 'node:test';
import { entityKey, extractEntities } from '../../../../../electron/library/entities/extract/extractEntities';

const found = (text: string): string[] => extractEntities(text, 'zh').entities.map((e) => `${e.kind}:${e.name}`);

test('Chinese names of known people, places and organisations get the keys of their other spellings', () => {
  for (const [kind, zh, other] of [
    ['person', '习近平', 'Xi Jinping'],
    ['person', '卢卡申科', 'Alexander Lukashenko'],
    ['person', '卢卡申科', 'Лукашенко'],
    ['place', '明斯克', 'Minsk'],
    ['place', '白俄罗斯', 'Belarus'],
    ['place', '中国', 'China'],
    ['org', '上海合作组织', 'Shanghai Cooperation Organization'],
    ['org', '新华社', 'Xinhua'],
  ] as const)
    assert.equal(entityKey(kind, zh), entityKey(kind, other), zh);
});

test('a Chinese article: known names by longest match, each merged with its mentions', () => {
  const text =
    '新华社北京6月4日电 国家主席习近平4日在人民大会堂同白俄罗斯总统卢卡申科举行会谈。习近平指出，中国和白俄罗斯是全天候全面战略伙伴。' +
    '卢卡申科表示，白方愿在上海合作组织框架内加强合作。明斯克和北京将开通新航线。';
  const { entities } = extractEntities(text, 'zh');
  assert.deepEqual(found(text).sort(), [
    'org:Shanghai Cooperation Organization',
    'org:Xinhua',
    'person:Alexander Lukashenko',
    'person:Xi Jinping',
    'place:Beijing',
    'place:Belarus',
    'place:China',
    'place:Minsk',
    'place:人民大会堂',
  ]);
  const xi = entities.find((e) => e.name === 'Xi Jinping')!;
  assert.deepEqual(xi.aliases, ['习近平']);
  assert.equal(xi.mentions.length, 2);
  for (const m of entities.flatMap((e) => e.mentions)) assert.equal(text.slice(m.start, m.end), m.text);
  // "上海" inside "上海合作组织" is not Shanghai: the longer name wins.
  assert.ok(!found(text).includes('place:Shanghai'));
});

test('people nobody listed: after a title, or written with a middle dot; the last part of a dotted name names them again', () => {
  const text =
    '外交部发言人毛宁在例行记者会上说，巴西总统卢拉·达席尔瓦将访华。外长王毅同巴西外长毛罗·维埃拉通电话。维埃拉表示，巴方重视对华关系。' +
    '北京大学教授张建国认为，两国合作潜力巨大。';
  const { entities } = extractEntities(text, 'zh');
  const people = entities.filter((e) => e.kind === 'person').map((e) => e.name);
  assert.deepEqual(people, ['毛宁', '卢拉·达席尔瓦', 'Wang Yi', '毛罗·维埃拉', '张建国']);
  assert.deepEqual(entities.find((e) => e.name === '毛罗·维埃拉')!.aliases, ['维埃拉']);
  assert.ok(found(text).includes('org:北京大学'), 'a known place before 大学 is a university');
});

test('titles without a name and common words after them make no person', () => {
  const text = '发言人表示，部长级会议将于下月举行。总统府发布声明，主席团成员出席。总理在会上说，经济学家认为前景乐观。';
  assert.deepEqual(
    extractEntities(text, 'zh').entities.filter((e) => e.kind === 'person'),
    [],
  );
});

test('text without Chinese characters finds the same entities as before', () => {
  const text = 'Belarusian President Alexander Lukashenko met Xi Jinping in Minsk.';
  assert.deepEqual(found(text), ['person:Alexander Lukashenko', 'person:Xi Jinping', 'place:Minsk']);
});

test('a title before a dotted name shows where it begins, whatever its first characters', () => {
  const text = '比亚迪巴西公司总裁亚历山大·巴尔迪介绍了工厂的进展。巴西发展部部长热拉尔多·阿尔克明说，两国贸易额创新高。';
  const people = extractEntities(text, 'zh')
    .entities.filter((e) => e.kind === 'person')
    .map((e) => e.name);
  assert.deepEqual(people, ['亚历山大·巴尔迪', '热拉尔多·阿尔克明']);
});

test('an organisation named after a known place and a head word starts after the word before it', () => {
  assert.deepEqual(found('据报道，华为巴西公司本周开设新工厂。他在德国大使馆工作。'), ['org:华为巴西公司', 'org:德国大使馆']);
});

test('an organisation that a known place begins, with words before its head; a head that is part of another word is none', () => {
  assert.deepEqual(found('中国气象局发布预警。北京市文物局和上海市浦东新区人民法院表示，中国局势稳定，中国东部地区有雨。'), [
    'org:中国气象局',
    'org:北京市文物局',
    'org:上海市浦东新区人民法院',
    'place:China',
  ]);
});

test('after a title, a surname and two characters are a name even where no word that follows names comes next', () => {
  // The club before the coach's role is an organisation (chineseOrgs.test.ts).
  assert.deepEqual(found('蓉城主教练徐明远赛后说，球队没有放弃。被告人刘志强有期徒刑三年。'), ['org:蓉城', 'person:徐明远', 'person:刘志强']);
});

test('a province, city, county or state nobody listed, and an organisation that one begins; ordinary words ending so are neither', () => {
  assert.deepEqual(found('洪水淹没了丰顺县和梅州市。梅州市委书记说，丰顺县商务局已行动。这个城市很大，公司上市了，节省时间。'), [
    'place:丰顺县',
    // 梅州 is a prefecture the table names by its short name.
    'place:梅州',
    'org:梅州市委',
    'org:丰顺县商务局',
  ]);
});
