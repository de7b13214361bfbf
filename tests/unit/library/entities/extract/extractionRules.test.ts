import assert from 'node:assert/strict';
import { test } from 'node:test';
import { namesOf } from '../../../helpers/namesOf';
import { extractEntities, type EntityKind, type FoundEntity } from '../../../../../electron/library/entities/extract/extractEntities';

const of = (text: string, kind: EntityKind, language: string | null = 'en'): FoundEntity[] =>
  extractEntities(text, language).entities.filter((e) => e.kind === kind);

test('a title before a name marks a person, and the title is not part of the name', () => {
  assert.deepEqual(namesOf('Defense Minister Li Shangfu met the press.', 'person'), ['Li Shangfu']);
  assert.deepEqual(namesOf('The talks were chaired by Vice Chairman Zhang Qingwei on Friday.', 'person'), ['Zhang Qingwei']);
  assert.deepEqual(namesOf('It was opened by Prime Minister Jan Novak in March.', 'person'), ['Jan Novak']);
  assert.deepEqual(namesOf('He met the Chairman of China, Xi Jinping, in Tianjin.', 'person'), ['Xi Jinping']);
});

test('Chinese names need a known surname and a pinyin given name', () => {
  assert.deepEqual(namesOf('The delegation was led by Cai Qi and Song Zhongping.', 'person'), ['Cai Qi', 'Song Zhongping']);
  assert.deepEqual(namesOf('He Said It Was Time To Go.', 'person'), []);
  assert.deepEqual(namesOf('Long March rockets were shown in Beijing.', 'person'), []);
});

test('a known given name starts a person name; a lone capitalised pair does not', () => {
  assert.deepEqual(namesOf('Analyst Maria Kowalczyk disagreed.', 'person'), ['Maria Kowalczyk']);
  assert.deepEqual(namesOf('They toured Diaoyutai State Guesthouse and Tiananmen Square.', 'person'), []);
});

test('roles, nationalities, months and common capitalised words are never people', () => {
  const words = [
    'President',
    'Mr. President',
    'The President',
    'Chairman',
    'Minister',
    'Belarusian',
    'Chinese',
    'Russian',
    'Belarusian leader',
    'Chinese side',
    'Monday',
    'September',
    'June',
    'God',
    'Home',
    'News',
    'Also Read',
    'Follow us',
    'Most Popular',
    'State Councilor',
    'Premier',
    'Vice Chairman',
    'Defense Minister',
    'Präsident',
    'Staatschef',
    'Der Präsident',
    'Президент',
    'Белорусский лидер',
  ];
  for (const w of words) {
    for (const text of [`${w} said on Monday that ties are good.`, `Yesterday, ${w} arrived.`, `Talks with ${w}: A New Era`])
      assert.deepEqual(namesOf(text, 'person', null), [], text);
  }
});

test('headline capitals do not make names, and a title there takes one word', () => {
  const text =
    'Belarusian President Lukashenko Meets Chinese Defense Minister Li Shangfu\n\nZhang Qingwei on Lukashenko: We Are Proud to Have Such a Long-standing and Good Friend';
  assert.deepEqual(namesOf(text, 'person').sort(), ['Alexander Lukashenko', 'Li Shangfu', 'Zhang Qingwei']);
  assert.deepEqual(namesOf(text, 'org'), []);
});

test('possessives and punctuation never leak into names, and offsets exclude them', () => {
  const text = 'Belarus’ pursuit, China‘s readiness and Beijing, said Lukashenko’s aide.';
  const places = of(text, 'place');
  assert.deepEqual(
    places.map((e) => e.name),
    ['Belarus', 'China', 'Beijing'],
  );
  for (const e of places)
    assert.deepEqual(
      e.mentions.map((m) => m.text),
      [e.name],
    );
  assert.deepEqual(
    of(text, 'person')[0]!.mentions.map((m) => m.text),
    ['Lukashenko'],
  );
});

test('a later surname or description is the person named earlier', () => {
  const text =
    'Belarusian President Alexander Lukashenko met Chinese leader Xi Jinping.\n\nLukashenko thanked Xi. "We are friends," the Belarusian leader said, and the Chinese President agreed.';
  const [luka, xi] = of(text, 'person');
  assert.deepEqual(
    luka!.mentions.map((m) => m.text),
    ['Alexander Lukashenko', 'Lukashenko', 'Belarusian leader'],
  );
  assert.deepEqual(
    xi!.mentions.map((m) => m.text),
    ['Xi Jinping', 'Xi', 'Chinese President'],
  );
  assert.deepEqual(luka!.aliases, ['Lukashenko'], 'descriptions are mentions, not aliases');
});

test('a description with nobody it fits names nobody', () => {
  assert.deepEqual(namesOf('The Belarusian leader spoke in Minsk.', 'person'), []);
});

test('an abbreviation in parentheses is an alias of the organisation before it, and names it later', () => {
  const text = 'She studied at the National University of Modern Languages (NUML) in Pakistan. NUML has 20,000 students.';
  const [org] = of(text, 'org');
  assert.equal(org!.name, 'National University of Modern Languages');
  assert.deepEqual(org!.aliases, ['NUML']);
  assert.equal(org!.mentions.length, 3);
});

test('organisation and place head nouns, with the gazetteer name winning inside them', () => {
  assert.deepEqual(namesOf('An interview with China Media Group aired today.', 'org'), ['China Media Group']);
  assert.deepEqual(namesOf('They met at the Palace of Independence.', 'place'), ['Palace of Independence']);
  assert.deepEqual(namesOf('He is Vice Chairman of the Standing Committee of the National People’s Congress.', 'org'), ["National People's Congress"]);
  assert.deepEqual(namesOf('The Standing Committee met. The Political Bureau met.', 'org'), []);
});

test('datelines in capitals and abbreviations are recognised', () => {
  const text = 'BEIJING, Sept. 2 (Xinhua) -- The SCO and the EU issued statements.';
  assert.deepEqual(namesOf(text, 'place'), ['Beijing']);
  assert.deepEqual(namesOf(text, 'org'), ['Xinhua', 'Shanghai Cooperation Organization', 'European Union']);
  assert.deepEqual(namesOf('Tell us about the us.', 'place'), []);
});

test('Russian: inflected names, lower-case titles and genitive places', () => {
  const text =
    'Президент Белоруссии Александр Лукашенко провел переговоры с председателем КНР Си Цзиньпином в Пекине. Белорусский лидер поблагодарил Си Цзиньпина.';
  const persons = of(text, 'person', 'ru');
  assert.deepEqual(
    persons.map((e) => e.name),
    ['Alexander Lukashenko', 'Xi Jinping'],
  );
  assert.deepEqual(
    persons[0]!.mentions.map((m) => m.text),
    ['Александр Лукашенко', 'Белорусский лидер'],
  );
  assert.deepEqual(
    persons[1]!.mentions.map((m) => m.text),
    ['Си Цзиньпином', 'Си Цзиньпина'],
  );
  assert.deepEqual(namesOf(text, 'place', 'ru'), ['Belarus', 'China', 'Beijing']);
  assert.deepEqual(namesOf('Делегация посетила Шанхайскую организацию сотрудничества и Минск.', 'org', 'ru'), ['Shanghai Cooperation Organization']);
  assert.deepEqual(namesOf('В Минске министр обороны Белоруссии Виктор Хренин встретился с Дун Цзюнем.', 'person', 'ru'), ['Viktor Khrenin', 'Dong Jun']);
});

test('German: capitalised nouns are not names, genitive -s is cut, titles are German', () => {
  const text = 'Der belarussische Machthaber Alexander Lukaschenko traf Chinas Staatschef Xi Jinping. Die Regierung in Peking lobte Lukaschenkos Besuch.';
  const persons = of(text, 'person', 'de');
  assert.deepEqual(
    persons.map((e) => e.name),
    ['Alexander Lukashenko', 'Xi Jinping'],
  );
  assert.deepEqual(
    persons[0]!.mentions.map((m) => m.text),
    ['Alexander Lukaschenko', 'Lukaschenko'],
  );
  assert.deepEqual(
    of(text, 'place', 'de').map((e) => e.mentions.map((m) => m.text)),
    [['China'], ['Peking']],
  );
  assert.deepEqual(namesOf('Die Regierung kritisierte die Sanktionen und die Entscheidung der Behörden.', 'person', 'de'), []);
});

test('dates: month names in each language, ISO as far as the text states', () => {
  const iso = (text: string, language: string): Array<string | null> => extractEntities(text, language).dates.map((d) => d.iso);
  assert.deepEqual(iso('The summit on 5 December 2023 was followed by talks on Sept. 2.', 'en'), ['2023-12-05', null]);
  assert.deepEqual(iso('Der Besuch am 3. Juni 2024 in Peking.', 'de'), ['2024-06-03']);
  assert.deepEqual(iso('Визит состоится 12 июня 2025 года.', 'ru'), ['2025-06-12']);
  assert.deepEqual(iso('They met on Monday and again today.', 'en'), []);
});

test('particles and hyphenated given names stay in the name', () => {
  assert.deepEqual(
    namesOf('Economist Maria da Conceição Tavares was cited. Minister Abdulaziz bin Salman and Commissioner Margrethe Vestager sent messages.', 'person'),
    ['Maria da Conceição Tavares', 'Abdulaziz bin Salman', 'Margrethe Vestager'],
  );
  assert.deepEqual(namesOf('Mohammed bin Salman met Ali al-Sistani in Najaf.', 'person'), ['Mohammed bin Salman', 'Ali al-Sistani']);
  assert.deepEqual(namesOf('Analyst Anna-Lena Berg disagreed. Berg said more was needed.', 'person'), ['Anna-Lena Berg']);
});

test('names nobody listed, shown by a role, a counterpart or a verb of speech', () => {
  assert.deepEqual(namesOf('The president met his Brazilian counterpart Fernando Haddad.', 'person'), ['Fernando Haddad']);
  assert.deepEqual(namesOf('"We will act," said Marina Silva on Monday.', 'person'), ['Marina Silva']);
  assert.deepEqual(namesOf('Jacinda Ardern said the country would act. Ardern spoke in Wellington.', 'person'), ['Jacinda Ardern']);
  assert.deepEqual(of('Jacinda Ardern said the country would act. Ardern spoke later.', 'person')[0]?.aliases, ['Ardern']);
});

test('a verb of speech does not make a person of a place, a single word or a phrase in lower case', () => {
  assert.deepEqual(namesOf('Moscow said the talks would go on. Apple said nothing.', 'person'), []);
  assert.deepEqual(namesOf('The ministry said the talks would go on.', 'person'), []);
});

test('names keep their diacritics for display; keys fold them', () => {
  const [erdogan] = of('Recep Tayyip Erdogan arrived. Erdoğan spoke later.', 'person');
  assert.equal(erdogan?.name, 'Recep Tayyip Erdoğan');
  assert.equal(erdogan?.key, of('Recep Tayyip Erdoğan arrived.', 'person')[0]?.key);
  // The gazetteer spells it without: the text's spelling is shown, under the same key.
  const [brasilia] = of('He flew to Brasília on Monday.', 'place');
  assert.equal(brasilia?.name, 'Brasília');
  assert.equal(brasilia?.key, of('He flew to Brasilia on Monday.', 'place')[0]?.key);
  // A name nobody listed: the text's own spelling, whatever the key.
  assert.deepEqual(namesOf('Minister Paulo Gonçalves said so.', 'person'), ['Paulo Gonçalves']);
});

test('a name nobody listed, shown by its surname repeated beside a verb of speech', () => {
  assert.deepEqual(namesOf('Jacinda Ardern spoke in Wellington on Monday. "We are ready," Ardern added.', 'person'), ['Jacinda Ardern']);
  // Not a sentence-initial word the text also writes in lower case, not a title before a known given name.
  assert.deepEqual(namesOf('Neither Mantle nor anyone else came; neither did the rest. "No," Mantle said.', 'person'), []);
  assert.deepEqual(namesOf('Director Jack Dunn arrived. "Yes," said Dunn.', 'person'), ['Jack Dunn']);
  // German capitalises every noun: a capitalised word alone is no surname there.
  assert.deepEqual(namesOf('Die Finanzierung der Großprojekte stockt. Großprojekte, sagte er, seien teuer.', 'person', 'de'), []);
});

test('a Chinese surname before a given name nobody recognised is not an alias of the person named before', () => {
  const [cai] = of('Cai Qi spoke in Beijing. Cai Xiaohongmei also attended the talks.', 'person');
  assert.equal(cai?.name, 'Cai Qi');
  assert.deepEqual(cai?.aliases, []);
  assert.deepEqual(of('Cai Qi spoke in Beijing. Cai later met reporters.', 'person')[0]?.aliases, ['Cai']);
});

test('roles of ordinary people before a name, particles written onto a surname, Korean given names and hyphenated surnames named again', () => {
  assert.deepEqual(namesOf('Prosecutor Wirawan told the court. Striker Tomás Quiroga scored, and Minister Ana Sousa d’Almeida watched.', 'person'), [
    'Wirawan',
    'Tomás Quiroga',
    'Ana Sousa d’Almeida',
  ]);
  assert.deepEqual(namesOf('The prize went to director Bong Joon-ho.', 'person'), ['Bong Joon-ho']);
  const de = 'Stadträtin Ulrike Brenner von der Linken lobte den Plan. Anwohnerin Hanna Weiss-Okoro sorgt sich; Weiss-Okoro will klagen.';
  assert.deepEqual(namesOf(de, 'person', 'de'), ['Ulrike Brenner', 'Hanna Weiss-Okoro']);
});

test('people nobody listed: ", who" after a name, between commas after a lower-case role, after a German age, hyphenated parts as one word', () => {
  assert.deepEqual(namesOf('The side will miss Tomas Breyer, who is injured.', 'person'), ['Tomas Breyer']);
  assert.deepEqual(namesOf('Its lawyer, Kofi Adjei-Mensah, said the firm would appeal.', 'person'), ['Kofi Adjei-Mensah']);
  assert.deepEqual(namesOf('Der 54-jährige Bruno Keller-Haas habe gelogen.', 'person', 'de'), ['Bruno Keller-Haas']);
  assert.deepEqual(namesOf('Spokesman Tariq Al-Hassan Yousef said no.', 'person'), ['Tariq Al-Hassan Yousef']);
});

test('a German surname alone after a verb of speech ending the clause marks the name it repeats', () => {
  const text = 'Ingeborg Lassnig hat das Rennen gewonnen.\n\n„Das war schwer“, sagte Lassnig. Bundestrainer Olaf Brenner lobte sie.';
  assert.deepEqual(namesOf(text, 'person', 'de'), ['Ingeborg Lassnig', 'Olaf Brenner']);
});

test("a vessel's name and number is no person", () => {
  assert.deepEqual(namesOf('The crew of the trawler Lu Yuan 12 was released.', 'person'), []);
});
