import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findDate, yearNear } from '../../../../electron/library/parse/dates';
import { readDateline } from '../../../../electron/library/parse/dateline';
import { detectLanguage } from '../../../../electron/library/parse/detectLanguage';
import { findAttribution, outletName } from '../../../../electron/library/parse/outlets';
import { parseArticle } from '../../../../electron/library/parse/parseArticle';
import { firstSentence, titleFromLead } from '../../../../electron/library/parse/titleFromLead';

describe('datelines', () => {
  const cases: Array<[text: string, place: string, date: string | null, source: string | null]> = [
    ['BEIJING, Sept. 2 (Xinhua) -- Senior official', 'Beijing', '9-2', 'Xinhua'],
    ['Minsk – Belarusian President Alexander', 'Minsk', null, null],
    ['Beijing, 5 December 2023 (TDI): On Monday', 'Beijing', '2023-12-5', 'TDI'],
    ['MINSK, 31 Aug — Sputnik. Belarusian troops', 'Minsk', '8-31', 'Sputnik'],
    ['МИНСК, 31 августа /Корр. БЕЛТА/ - Президент', 'Минск', '8-31', 'BelTA'],
    ['MOSCOW, December 5. /TASS/. Russian President', 'Moscow', '12-5', 'TASS'],
    ['Berlin (dpa) - Der Kanzler', 'Berlin', null, 'dpa'],
    ['BERLIN, 5. Dezember 2023 (dpa) – Der Kanzler', 'Berlin', '2023-12-5', 'dpa'],
    ['NEW YORK, Sept. 2 (Reuters) - Stocks rose', 'New York', '9-2', 'Reuters'],
    ['新华社北京6月4日电 国家主席习近平4日在人民大会堂会见客人。', '北京', '6-4', 'Xinhua'],
    ['新华社北京6月4日电（记者张三、李四）国家主席习近平会见客人。', '北京', '6-4', 'Xinhua'],
    ['中新社上海2024年6月4日电 (记者 王五) 上海市表示。', '上海', '2024-6-4', 'China News Service'],
    ['本报北京6月4日电 记者报道。', '北京', '6-4', null],
    ['МОСКВА, 5 дек — РИА Новости. Президент России', 'Москва', '12-5', 'RIA Novosti'],
    ['МОСКВА, 5 декабря (Рейтер) - Президент', 'Москва', '12-5', 'Reuters'],
    ['Berlin (dpa/AFP) - Der Kanzler', 'Berlin', null, 'dpa'],
    ['Wien (APA) - Der Kanzler', 'Wien', null, 'APA'],
    ['BEIJING, October 24 (Reuters) - (“One of the reasons”, says a writer)', 'Beijing', '10-24', 'Reuters'],
    ['Minsk, 27 October 2016 (TDI): -- William J. Seidel has retired', 'Minsk', '2016-10-27', 'TDI'],
    ['Minsk/Peking (dpa) - Der belarussische Staatskonzern', 'Minsk', null, 'dpa'],
    ['Berlin/Moskau (dpa) - Der Kanzler', 'Berlin', null, 'dpa'],
    ['Peking (Reuters) - Der Konzern', 'Peking', null, 'Reuters'],
    ['ДАЛЯНЬ, 23 июн — РИА Новости. Премьер Госсовета', 'Далянь', '6-23', 'RIA Novosti'],
    ['МИНСК, 7 июл — РИА Новости. Совместные учения', 'Минск', '7-7', 'RIA Novosti'],
    ['ГРОДНО /Белоруссия/, 26 июня. /ТАСС/. Президент России', 'Гродно', '6-26', 'TASS'],
    ['Минск. 2 февраля. ИНТЕРФАКС-ЗАПАД - Главное таможенное управление', 'Минск', '2-2', 'Interfax'],
  ];
  for (const [text, place, date, source] of cases) {
    test(text, () => {
      const d = readDateline(text);
      assert.ok(d);
      assert.equal(d.place, place);
      assert.equal(d.source, source);
      assert.equal(d.date ? [d.date.year, d.date.month, d.date.day].filter((x) => x !== null).join('-') : null, date);
    });
  }
  for (const text of [
    'President of Belarus Alexander Lukashenko and the Chairman of China met',
    'Belarus-China: A Unique Model of Cooperation',
    'Zhang Qingwei on Lukashenko: We Are Proud',
    'Moscow, the capital, is large - Really',
    'Lukashenko – who has ruled since 1994 – said',
    // Brackets that name no outlet.
    'Lukashenko (right) – who has ruled since 1994 – said',
    '国家主席习近平6月4日在北京会见客人。',
  ]) {
    test(`not a dateline: ${text}`, () => assert.equal(readDateline(text), null));
  }
});

describe('dates', () => {
  test('full and partial dates', () => {
    assert.deepEqual(findDate('Tuesday, 2 September 2025, 14:30'), { year: 2025, month: 9, day: 2, index: 0, end: 32 });
    assert.equal(findDate('Sept. 2')?.year, null);
    assert.equal(findDate('02.09.2025')?.month, 9, 'dotted dates are day first');
    assert.equal(findDate('2025-02-30'), null, 'not a calendar date');
    assert.equal(findDate('in 2025'), null, 'a year alone is not a date');
  });
  const years: Array<[text: string, month: number, day: number, year: number | null]> = [
    ['Updated September 03, 2025. In 2022 and 2024 things happened.', 9, 2, 2025],
    ['Observers were invited in 2024.', 8, 31, null],
    ['Exercises were held in 2022 and are planned for 2026.', 8, 31, null],
    ['No year here, only 150 nations.', 8, 31, null],
    ['The agreement was signed on 12 December 2025.', 3, 3, null],
    ['Posted 2 January 2027, 09:00', 12, 31, 2026],
  ];
  for (const [text, month, day, year] of years) test(`year near ${day}.${month}: ${text}`, () => assert.equal(yearNear(text, month, day), year));
});

describe('titles from leads', () => {
  test('abbreviations and initials do not end a sentence', () => {
    assert.equal(firstSentence('Mr. Smith met Dr. Jones in the U.S. on Sept. 2. Then he left.'), 'Mr. Smith met Dr. Jones in the U.S. on Sept. 2.');
    assert.equal(firstSentence('«Мы готовы», — сказал он. Потом ушёл.'), '«Мы готовы», — сказал он.');
  });
  test('a short sentence loses its period; a long one is cut at a word boundary', () => {
    assert.equal(titleFromLead('Belarus is committed to China. More follows.'), 'Belarus is committed to China');
    const long = titleFromLead(`${'word '.repeat(40)}end.`) ?? '';
    assert.ok(long.endsWith('word…') && long.length <= 121, long);
  });
  test('separators a copied lead opens with are not the title; a lead without a letter or digit gives none', () => {
    assert.equal(titleFromLead(' . This is a penetrating description. More.'), 'This is a penetrating description');
    assert.equal(titleFromLead('“We will win,” he said. More.'), '“We will win,” he said');
    assert.equal(titleFromLead('— . —'), null);
  });
});

describe('outlets', () => {
  const names: Array<[string, string]> = [
    ['BELTA', 'BelTA'],
    ['БелТА', 'BelTA'],
    ['Xinhua News Agency', 'Xinhua'],
    ['ТАСС', 'TASS'],
    ['新华社', 'Xinhua'],
    ['塔斯社', 'TASS'],
    ['Рейтер', 'Reuters'],
    ['Франс Пресс', 'AFP'],
    ['德新社', 'dpa'],
    ['Some Local Paper', 'Some Local Paper'],
  ];
  for (const [name, canonical] of names) test(`${name} → ${canonical}`, () => assert.equal(outletName(name), canonical));
  const attributions: Array<[string, string | null]> = [
    ['They met in Tianjin, reports BELTA.', 'BelTA'],
    ['Встреча прошла в Пекине, сообщает БелТА.', 'BelTA'],
    ['Xinhua reported on Monday that', 'Xinhua'],
    ['据新华社报道，国家主席习近平', 'Xinhua'],
    ['据路透社报道，', 'Reuters'],
    ['как сообщает РИА Новости, президент', 'RIA Novosti'],
    ['сообщило агентство Интерфакс', 'Interfax'],
    ['berichtete die Nachrichtenagentur dpa', 'dpa'],
    ['meldete die Deutsche Presse-Agentur', 'dpa'],
    ['wie dpa berichtete', 'dpa'],
    ['dem Sender zufolge', null],
    ['the leader said in an interview with China Media Group', null],
    ['Apart from that', null],
  ];
  for (const [text, source] of attributions) test(`attribution: ${text}`, () => assert.equal(findAttribution(text), source));
  test('a Chinese wire story: the dateline gives the outlet, the place and the date, completed with the year of a full date a day off', () => {
    const a = parseArticle(
      'zh.txt',
      Buffer.from('习近平会见客人\n\n新华社北京6月4日电（记者张三）国家主席习近平4日在人民大会堂会见来访的客人。双方回顾了2024年6月3日签署的协议。\n'),
    );
    assert.equal(a.source, 'Xinhua');
    assert.equal(a.dateline, '北京');
    assert.equal(a.published, '2024-06-04');
  });
  test('a source line in Chinese', () => {
    const a = parseArticle('zh.txt', Buffer.from('习近平会见客人\n\n来源：人民网\n\n国家主席习近平4日在人民大会堂会见来访的客人。双方就合作交换了意见。\n'));
    assert.equal(a.source, "People's Daily");
  });
});

describe('language', () => {
  const texts: Array<[string, string | null]> = [
    ['The two leaders discussed trade, transport and technology and agreed to meet again next year in the capital of Belarus, officials said.', 'en'],
    ['Die beiden Politiker sprachen über Handel, Verkehr und Technologie und vereinbarten, sich im nächsten Jahr erneut zu treffen.', 'de'],
    ['Президент Беларуси Александр Лукашенко встретился с Председателем КНР, стороны обсудили торговлю, транспорт и науку в целом.', 'ru'],
    ['Prezydent Białorusi spotkał się w poniedziałek w Pekinie z przewodniczącym Chin, aby omówić współpracę gospodarczą i handlową.', 'pl'],
    [
      '中国国家主席习近平在北京会见白俄罗斯总统卢卡申科，双方同意深化全天候全面战略伙伴关系，推动各领域合作不断取得新成果。两国元首还就国际和地区问题交换了意见，并一致认为应当继续加强在联合国和上海合作组织等多边框架内的协调与配合。',
      'zh',
    ],
    ['Too short to tell.', null],
  ];
  for (const [text, lang] of texts) test(`${lang}: ${text.slice(0, 30)}`, () => assert.equal(detectLanguage(text), lang));
});

describe('year-less dates are completed from the text or left null', () => {
  const cases: Array<[string, string | null]> = [
    ['Headline here\n\nMINSK, 31 Aug — Sputnik. Text of the article.\n\nUpdated 1 September 2025.', '2025-08-31'],
    ['Headline here\n\nMINSK, 31 Aug — Sputnik. Text of the article about nothing in particular.', null],
  ];
  for (const [text, published] of cases) test(String(published), () => assert.equal(parseArticle('a.txt', Buffer.from(text)).published, published));
});
