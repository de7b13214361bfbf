import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesOf } from '../../../helpers/namesOf';
import { extractEntities } from '../../../../../electron/library/entities/extract/extractEntities';

test('Russian organisations by their head nouns, with the place or acronyms that end them, and no place inside', () => {
  const text =
    'Иск рассмотрел Арбитражный суд Тверской области. Решение оспорили в Девятом арбитражном апелляционном суде. ' +
    'Работу ведут в Институте химии СО РАН и в Институте физики имени Курчатова, а заявление сделала Мэрия Самары.';
  assert.deepEqual(namesOf(text, 'org', 'ru'), [
    'Арбитражный суд Тверской области',
    'Девятом арбитражном апелляционном суде',
    'Институте химии СО РАН',
    'Институте физики имени Курчатова',
    'Мэрия Самары',
  ]);
  assert.deepEqual(namesOf(text, 'place', 'ru'), []);
  assert.deepEqual(namesOf('Правительство России одобрило план.', 'place', 'ru'), ['Russia'], "a government's country stays a place");
});

test('German organisations: adjectives before an organisation noun, federal compounds, a place or purpose after', () => {
  const text =
    'Der Deutsche Schwimmverband und die Dresdner Verkehrsbetriebe warnten. Das Bundesverfassungsgericht entschied. ' +
    'Forscher des Fraunhofer-Instituts für Angewandte Optik und der Universität zu Köln berichten. Der Energiekonzern schwieg.';
  assert.deepEqual(namesOf(text, 'org', 'de'), [
    'Deutsche Schwimmverband',
    'Dresdner Verkehrsbetriebe',
    'Bundesverfassungsgericht',
    'Fraunhofer-Instituts für Angewandte Optik',
    'Universität zu Köln',
  ]);
});

test('a lone acronym is an organisation, unless a numeral, a common abbreviation or a dateline', () => {
  const text = 'BERLIN. Die SPD und die ÖVP verhandeln. Das BIP wuchs, sagt das IT-Team. Ludwig XIV regierte.';
  assert.deepEqual(namesOf(text, 'org', 'de'), ['SPD', 'ÖVP', 'BIP']);
  assert.deepEqual(namesOf('The CNMC fined the firm. GDP and AIDS were discussed; the CNMC appealed.', 'org', 'en'), ['CNMC']);
});

test('English organisation heads beyond the list of names, and a possessive ends a name', () => {
  const text = "The Kenya Rugby Board met staff of Makerere University's Lung Institute and of Chile's National Research Council.";
  assert.deepEqual(namesOf(text, 'org', 'en'), ['Kenya Rugby Board', 'Makerere University', 'Lung Institute', 'National Research Council']);
  assert.deepEqual(namesOf(text, 'place', 'en'), ['Chile']);
});

test('a Russian street is a place with its noun, not a person', () => {
  const text = 'Митинг прошел на улице Карла Маркса и на проспекте Мира.';
  assert.deepEqual(namesOf(text, 'place', 'ru'), ['улице Карла Маркса', 'проспекте Мира']);
  assert.deepEqual(namesOf(text, 'person', 'ru'), []);
});

test('Russian names nobody listed: capitalised pairs, without the place or noun before them, shown in the nominative', () => {
  const text =
    'Мэр Тулы Олег Сорокин открыл мост. Пенсионерка Нина Громова рассказала о ремонте. ' +
    'Тренер Игоря Белова похвалил, а Игорь Белов сказал, что доволен. Пресс-секретарь Анна Петровна Сомова промолчала.';
  assert.deepEqual(namesOf(text, 'person', 'ru'), ['Олег Сорокин', 'Нина Громова', 'Игорь Белов', 'Анна Петровна Сомова']);
  const belov = extractEntities(text, 'ru').entities.find((e) => e.name === 'Игорь Белов')!;
  assert.deepEqual(belov.aliases, ['Игоря Белова']);
  assert.deepEqual(namesOf('Новости дня. Регион ждет дождей.', 'person', 'ru'), [], 'two capitals where a sentence begins are no name');
});

test('a lone name after a preposition or noun of place, or after "and" a place, is a place; its cases are one place', () => {
  const en = 'Cases were confirmed in Kiboga and Butambala, and along the Kafu river. Officials met in September; a brief note was filed in Brief.';
  assert.deepEqual(namesOf(en, 'place', 'en'), ['Kiboga', 'Butambala', 'Kafu']);
  const ru = extractEntities('Вода поднялась в Кувандыке и Медногорске, а также на реке Сакмара. Помощь в Кувандык везут из Орска, сообщило МЧС России.', 'ru');
  const places = ru.entities.filter((e) => e.kind === 'place');
  assert.deepEqual(
    places.map((e) => [e.name, e.aliases]),
    [
      ['Кувандыке', ['Кувандык']],
      ['Медногорске', []],
      ['Сакмара', []],
      // A town GeoNames lists is known by its name there, the text's form an alias.
      ['Orsk', ['Орска']],
    ],
  );
  assert.deepEqual(
    ru.entities.filter((e) => e.kind === 'org').map((e) => e.name),
    ['МЧС России'],
  );
  assert.deepEqual(
    namesOf('Die Mannschaft ging in Führung und spielte in Hintertupfingen-Ost.', 'place', 'de'),
    [],
    'German nouns after a preposition are no places',
  );
});

test('Russian nouns of ports and glaciers in the plural genitive make the name after them a place ("портов Приморья"), not a lower-case word nor one across a sentence’s end', () => {
  const text =
    'Грузооборот портов Приморья вырос, эколог предупредила о риске для ледников Тянь-Шаня. Число портов выросло, а ледников стало меньше. Строят много портов. Новые причалы готовы.';
  assert.deepEqual(namesOf(text, 'place', 'ru'), ['Приморья', 'Тянь-Шаня']);
});

test('German: a name shaped as a town after a preposition without an article, with its river', () => {
  const text = 'Pendler aus Waiblingen und Mosbach fahren nach Gundelfingen an der Brenz. Der Neubau bei Bedarf liegt im Bahnhof.';
  assert.deepEqual(namesOf(text, 'place', 'de'), ['Waiblingen', 'Mosbach', 'Gundelfingen an der Brenz']);
});

test('a name in Russian quotation marks after a word is an organisation, or a place when a venue ends it; speech and titles are neither', () => {
  const text =
    'Суд оштрафовал компанию «Уралстройинвест». Матч прошел на «Газпром Арене», где «Зенит» обыграл «Ростов». ' +
    'Он сказал: «Мы победим». Премьера оперы «Аида» прошла успешно. Стартовал «Прогресс МС-29».';
  const found = extractEntities(text, 'ru').entities.map((e) => `${e.kind}:${e.name}`);
  assert.deepEqual(found, ['org:Уралстройинвест', 'place:Газпром Арене', 'org:Зенит', 'org:Ростов']);
});

test('the name after a noun saying what kind of organisation it is', () => {
  assert.deepEqual(namesOf('The deal was signed by operator Portnet and the miner Kamoto Copper, with Minister Ana Silva present.', 'org', 'en'), [
    'Portnet',
    'Kamoto Copper',
  ]);
  assert.deepEqual(namesOf('Der Energiekonzern Windwerk aus Kiel und die Reederei Nordlicht-Linie planen den Bau.', 'org', 'de'), [
    'Windwerk',
    'Nordlicht-Linie',
  ]);
});

test('German: a city’s name that is a title’s given name or a whole name’s surname is the person’s', () => {
  const text = 'Die Regisseurin Mati Diop sprach. Der Bürgermeister von Arica, Justo Zuleta Santander, hofft auf Besucher.';
  assert.deepEqual(namesOf(text, 'person', 'de'), ['Mati Diop', 'Justo Zuleta Santander']);
});

test('places by a noun of place before "of", a prefix or a venue head: the island of Evia, Mount Elgon, the Bay of Bengal, the Movistar Arena', () => {
  const text = 'Fire reached the island of Skiathos. Runners trained on Mount Kadam, sailed the Bay of Mannar and met at the Tigo Arena.';
  assert.deepEqual(namesOf(text, 'place', 'en'), ['Skiathos', 'Mount Kadam', 'Bay of Mannar', 'Tigo Arena']);
});

test('a Latin name after a Russian noun of its kind, and Russian acronyms before a person, end an organisation', () => {
  const text = 'Паром компании Baltic Sea Ferry придет в порт. Компания Kyrgyz Airways откроет рейс, сообщил директор Института химии СО РАН Павел Орлов.';
  assert.deepEqual(namesOf(text, 'org', 'ru'), ['Baltic Sea Ferry', 'Kyrgyz Airways', 'Института химии СО РАН']);
});

test('German governments, parliaments and councils, and names right after an organisation noun, but not after a kind of one', () => {
  const text =
    'Die Landesregierung und der Landtag stimmten zu. Der Kasseler Stadtrat auch. Die Gewerkschaft Kunst und Medien protestierte, ' +
    'mit dem Universitätsklinikum Ulm an Proben. Das Landgericht Passau II entschied. Der Energiekonzern Windkraft Nord schwieg.';
  assert.deepEqual(namesOf(text, 'org', 'de'), [
    'Landesregierung',
    'Landtag',
    'Kasseler Stadtrat',
    'Gewerkschaft Kunst und Medien',
    'Universitätsklinikum Ulm',
    'Landgericht Passau II',
    'Windkraft Nord',
  ]);
  assert.deepEqual(namesOf('Die Forscher berichten im Fachblatt „Cell Reports“.', 'org', 'de'), ['Cell Reports']);
});

test('English: a hyphenated kind before a name, generic words and a head after an article, an acronym opening a line before a verb', () => {
  assert.deepEqual(namesOf('Danish start-up Aalborg Robotics raised funds.', 'org', 'en'), ['Aalborg Robotics']);
  assert.deepEqual(namesOf('A Supreme Court judge ruled, according to the National Registry.', 'org', 'en'), ['Supreme Court', 'National Registry']);
  assert.deepEqual(namesOf('Then the Standing Committee met.', 'org', 'en'), [], 'generic words name no part of a larger body');
  assert.deepEqual(namesOf('The final was close.\n\nUEFA fined both clubs.', 'org', 'en'), ['UEFA']);
  assert.deepEqual(namesOf('NAIROBI (Reuters) - Rain fell.', 'org', 'en'), ['Reuters']);
});

test('a Russian work in quotes after its author in the genitive is no organisation', () => {
  assert.deepEqual(namesOf('Театр покажет оперу Верди «Аида» в новой постановке.', 'org', 'ru'), []);
});
