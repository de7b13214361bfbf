import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { detectLanguage } from '../../../../electron/library/parse/detectLanguage';
import { parseArticle } from '../../../../electron/library/parse/parseArticle';
import { readPageTitle } from '../../../../electron/library/parse/pageTitle';
import { readPlainText } from '../../../../electron/library/parse/readPlainText';
import { blocksToText, type ParsedArticle } from '../../../../electron/library/parse/types';

const clipping = (...units: string[]): ParsedArticle => parseArticle('clip.txt', Buffer.from(units.join('\n\n')));
const LEAD = 'MINSK, 14 January (BelTA) – Ten Belarusian dairy producers are taking part in the trade fair, the embassy said.';
const MORE = 'The stand offers cheese, butter and condensed milk, and several contracts were signed on the first day of the fair.';

describe('date lines without words', () => {
  const lines: Array<[line: string, published: string]> = [
    ['14.01.2026', '2026-01-14'],
    ['18.05.2026 09:32', '2026-05-18'],
    ['2026-06-17 21:40:12', '2026-06-17'],
    ['2026年05月17日', '2026-05-17'],
    ['2026年5月17日', '2026-05-17'],
  ];
  for (const [line, published] of lines) {
    test(`"${line}" under the headline is the published date, not text`, () => {
      const a = clipping('Belarusian dairy makers bring products to Harbin', line, LEAD, MORE);
      assert.equal(a.published, published);
      assert.equal(a.title, 'Belarusian dairy makers bring products to Harbin');
      assert.ok(!blocksToText(a.blocks).includes(line));
    });
  }
});

describe('the year of a dateline without one', () => {
  test('a year alone elsewhere in the text is not glued to the dateline’s day and month', () => {
    const a = clipping('Great Stone registers six new residents', 'MINSK, 8 April (BelTA) – The park, launched in 2012, approved six new residents.', MORE);
    assert.equal(a.source, 'BelTA');
    assert.equal(a.published, null);
  });
  test('nor is the year of a full date far from it', () => {
    const a = clipping(
      'Great Stone registers six new residents',
      'MINSK, 8 April (BelTA) – The park approved six residents under the agreement of 12 December 2025.',
      MORE,
    );
    assert.equal(a.published, null);
  });
  test('a BelTA dateline with no year and no full date anywhere gives no date', () => {
    assert.equal(
      clipping('Lukashenko meets Wang Yi', 'MINSK, 3 March (BelTA) – Belarus and China need to prepare the visit thoroughly.', MORE).published,
      null,
    );
  });
  test('a full date of the same week elsewhere in the article gives the year', () => {
    const a = clipping(
      'Lukashenko meets Wang Yi',
      'MINSK, 3 March (BelTA) – The park, launched in 2012, will host talks on 5 March 2026, the president said.',
      MORE,
    );
    assert.equal(a.published, '2026-03-03');
  });
});

describe('Chinese date and source lines', () => {
  const ZH_LEAD = '中新网哈尔滨5月17日电 第十届中国－俄罗斯博览会17日在黑龙江省哈尔滨市开幕，来自30多个国家和地区的2000余家企业参展。';
  test('"2026-05-17 16:48 来源：中新网": the date, and China News Service as the source', () => {
    const a = clipping('第十届中俄博览会在哈尔滨开幕', '2026-05-17 16:48 来源：中新网', ZH_LEAD);
    assert.equal(a.published, '2026-05-17');
    assert.equal(a.source, 'China News Service');
  });
  test('"发布时间：2026-05-28 20:05" and "来源：中国新闻网" on lines of their own', () => {
    const a = clipping('第十届中俄博览会在哈尔滨开幕', '发布时间：2026-05-28 20:05', '来源：中国新闻网', ZH_LEAD);
    assert.equal(a.published, '2026-05-28');
    assert.equal(a.source, 'China News Service');
    assert.ok(!blocksToText(a.blocks).includes('发布时间'));
  });
  test('the year "2000余家" in the text is not the dateline’s year', () => {
    assert.equal(clipping('第十届中俄博览会在哈尔滨开幕', ZH_LEAD).published, null);
  });
  test('the reporters a Chinese dateline names are the author', () => {
    const a = clipping('卢卡申科会见王毅', '新华社明斯克3月3日电（记者 刘洋）白俄罗斯总统卢卡申科3日在明斯克会见外交部长王毅。');
    assert.equal(a.author, '刘洋');
    assert.equal(a.source, 'Xinhua');
  });
  test('a site name glued to a page title without spaces is cut off', () => {
    assert.equal(readPageTitle('四川甘孜州泸定县发生6.1级地震_央视网', '央视网').headline, '四川甘孜州泸定县发生6.1级地震');
    assert.equal(readPageTitle('习近平同卢卡申科举行会谈--人民网', '人民网').headline, '习近平同卢卡申科举行会谈');
    assert.equal(readPageTitle('Russia–Ukraine talks', 'Ukraine talks').headline, 'Russia–Ukraine talks');
  });
});

describe('Russian by its letters', () => {
  const names = 'В переговорах участвовали Ли Цян, Ван И, Чжан Гоцин, Цай Ци, Максим Рыженков, Игорь Сергеенко, Наталья Кочанова и Роман Головченко.';
  test('a lead heavy with names comes back Russian', () => {
    assert.equal(detectLanguage(`Александр Лукашенко, Си Цзиньпин, Ли Цян, Ван И и Максим Рыженков – Президент Беларуси провел переговоры. ${names}`), 'ru');
  });
  test('Ukrainian and Bulgarian leads as heavy with names do not', () => {
    const uk = 'Президент України Володимир Зеленський, Олександр Лукашенко, Сі Цзіньпін, Лі Цян, Ван Ї і Максим Риженков провели переговори. ';
    assert.equal(detectLanguage(`${uk}У переговорах брали участь Лі Цян, Ван Ї, Чжан Гоцін, Цай Ці, Ігор Сергеєнко, Наталія Кочанова.`), 'uk');
    const bg = 'Президентът на Беларус Александър Лукашенко, Си Дзинпин, Ли Цян, Ван И и Максим Риженков проведоха разговори в Пекин. ';
    assert.equal(detectLanguage(`${bg}В разговорите участваха Ли Цян, Ван И, Джан Гуоцин, Цай Ци, Игор Сергеенко, Наталия Кочанова.`), 'bg');
  });
});

describe('a lead of names', () => {
  test('the text after a lead of names and places tells the language', () => {
    const names =
      'MOSCOW, February 14. /TASS/. Elios P. Anderlini, Attilio Beronio, Leo M. Bianco, Frederic Campagnoli, Joseph Cervetto, Armond J. De Martini, Grace Duhagon, John P. Figone, John P. Figone Jr., Stephen Mana, John Moscone, Calude Perasso, Angelo Petrini, Frank Ratto, Louis Gandolfo, Peter Solari, Henry Bertolucci, and George R. Reilly.';
    const text = `${names}\n\nThe board met on Monday and said that it would review the accounts of the company, which has been in trouble for years, and that the new members were expected to take their seats at the next meeting of the shareholders.`;
    assert.equal(detectLanguage(names), null, 'the names alone do not tell');
    assert.equal(detectLanguage(text), 'en');
  });
});

describe('bylines', () => {
  test('a byline of several names names them all', () => {
    const a = clipping(
      'Volkswagen starts making EV in Hefei',
      'By Zhang Wen and Victoria Berg',
      'HEFEI, China, May 5, 2026 (Reuters) - Volkswagen began mass production.',
      MORE,
    );
    assert.equal(a.author, 'Zhang Wen and Victoria Berg');
    assert.equal(a.published, '2026-05-05');
  });
});

describe('sources the bench corpus lost', () => {
  const long = 'The minister said the talks covered trade, transport, energy and science, and that both sides would meet again. '.repeat(7);
  test('a short lead that opens with a dateline is the lead, not a sub-heading', () => {
    const a = clipping(' date 2021-09-02 Competition from other lines', 'MOSCOW, September 2. /TASS/. “What is your experience??', long);
    assert.equal(a.source, 'TASS');
    assert.equal(a.blocks[0]?.kind, 'p');
  });
  test('a dateline with an outlet in brackets, before a lead cut mid-sentence', () => {
    assert.equal(
      clipping('Trustees elect a president', 'BEIJING, May 8 (Xinhua) -- -- “The present recovery will gather momentum”, he said.', long).source,
      'Xinhua',
    );
  });
  test('a long lead that credits its outlet at its end', () => {
    assert.equal(clipping(` date 2018-07-21 ${long}reports BELTA.`, long).source, 'BelTA');
  });
});

test('a clipping read as plain text (past its parse budget) keeps its clipper’s header date, out of its title', () => {
  const a = readPlainText(
    '.txt',
    ' date 2015-09-26 Thus, when the Russians sent up\n\nMINSK, Sept. 26 (Xinhua) -- Half an hour after he finished his round, Player holed out.',
  );
  assert.equal(a.title, 'Thus, when the Russians sent up');
  assert.equal(a.published, '2015-09-26');
});
