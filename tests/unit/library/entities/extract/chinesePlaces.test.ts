import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEntities } from '../../../../../electron/library/entities/extract/extractEntities';

test('a city nobody listed, named with its division’s word, is the same place named again without it', () => {
  const places = extractEntities('记者从浙江省柯桥市获悉，今年前四个月，柯桥对中亚五国出口小商品增长。', 'zh').entities.filter((e) => e.kind === 'place');
  const keqiao = places.find((e) => e.name === '柯桥市');
  assert.ok(keqiao);
  assert.ok(keqiao.aliases.includes('柯桥'), JSON.stringify(keqiao));
  assert.equal(places.filter((e) => e.name === '柯桥').length, 0);
});

test('China’s prefectures and county-level cities are places by their short names, and with their division’s word', () => {
  const places = extractEntities('卢卡申科还将访问长沙。义乌市的商户说，义乌对中亚出口增长；敦煌的经验很重要。', 'zh').entities.filter(
    (e) => e.kind === 'place',
  );
  assert.deepEqual(
    places.map((e) => [e.name, ...e.aliases].join('|')),
    ['长沙', '义乌|义乌市', 'Central Asia|中亚', '敦煌'],
  );
});

test('a city’s short name that is an ordinary word names no place ("合作", "东方")', () => {
  const places = extractEntities('双方签署了合作文件，东方航空公司参加，甘肃省合作市也派了代表。', 'zh').entities.filter((e) => e.kind === 'place');
  assert.deepEqual(places.map((e) => e.name).sort(), ['Gansu', '合作市']);
});

test('a venue after "在" or "于", and a station named after its city, are places; "站在" is a verb', () => {
  const places = (text: string): string[] =>
    extractEntities(text, 'zh')
      .entities.filter((e) => e.kind === 'place')
      .map((e) => e.name);
  assert.deepEqual(places('国家主席4日在人民大会堂同来访的总统举行会谈。'), ['人民大会堂']);
  assert.deepEqual(places('主队在凤凰山体育公园主场以2比1获胜。'), ['凤凰山体育公园']);
  assert.deepEqual(places('部长在内罗毕站举行的活动上说，列车从内罗毕开出。'), ['内罗毕站', 'Nairobi']);
  assert.deepEqual(places('中国站在历史正确的一边。'), ['China']);
});

test('a transcribed foreign name right after a place, or after a verb of going, is a place; not before a verb only people do, nor an organisation’s head', () => {
  const places = (text: string): string[] =>
    extractEntities(text, 'zh')
      .entities.filter((e) => e.kind === 'place')
      .map((e) => e.name);
  const railway = places('肯尼亚蒙巴萨—内罗毕铁路开通。蒙巴萨港到内罗毕的货运时间缩短，线路将延伸至纳瓦沙和乌干达边境。');
  for (const name of ['蒙巴萨', '纳瓦沙']) assert.ok(railway.includes(name), JSON.stringify(railway));
  assert.ok(places('比亚迪在巴伊亚州卡马萨里工厂的建设进展顺利。').includes('卡马萨里'));
  // "法国马克龙表示": a person after a country; "德国西门子公司": a company.
  assert.deepEqual(places('法国马克龙表示欢迎。'), ['France']);
  assert.deepEqual(places('德国西门子公司宣布投资。'), []);
});

test('a venue after "来自" is a place, its parts joined by a hyphen; "自" inside another word begins none', () => {
  const places = (text: string): string[] =>
    extractEntities(text, 'zh')
      .entities.filter((e) => e.kind === 'place')
      .map((e) => e.name);
  assert.deepEqual(places('样品来自南极－艾特肯盆地，将向科学家开放。'), ['南极－艾特肯盆地']);
  assert.deepEqual(places('他说大自然公园很美。'), []);
});

test('a river or lake from jieba’s place names is a place before a word of its water, then named alone; alone at first it is none ("江湖")', () => {
  const places = (text: string): string[] =>
    extractEntities(text, 'zh')
      .entities.filter((e) => e.kind === 'place')
      .map((e) => e.name);
  assert.deepEqual(places('气象局预计，未来三天韩江流域仍有暴雨，韩江水位上涨。'), ['韩江']);
  assert.deepEqual(places('他说韩江很美，江湖上的事难说。'), []);
});

test('a cave temple jieba names is a place wherever it is written; an idiom ending so is not', () => {
  const places = (text: string): string[] =>
    extractEntities(text, 'zh')
      .entities.filter((e) => e.kind === 'place')
      .map((e) => e.name);
  assert.deepEqual(places('专家将修复莫高窟壁画。'), ['莫高窟']);
  assert.deepEqual(places('他们闯入龙潭虎窟。'), []);
});
