/**
 * People this library's news keeps naming, so that a bare surname, a German or Russian spelling
 * and a full name in another article all get one key. "country" lets "the Belarusian leader"
 * find its person even when the article never titles him.
 */
export interface KnownPerson {
  /** "Canonical|full-name alias|…" */
  names: string;
  /** Forms that name the person alone: surnames in every spelling; none where a surname is shared (Li, Wang). */
  short: string;
  /** Canonical place name (PLACES) of the country the person leads or serves. */
  country: string;
  /** 'leader' for heads of state, else the role words of the office. */
  role: string;
}

export const PERSONS: readonly KnownPerson[] = [
  {
    names:
      'Alexander Lukashenko|Aleksandr Lukashenko|Alyaksandr Lukashenka|Aliaksandr Lukashenka|Alexander Lukaschenko|Alexandr Lukaschenko|Александр Лукашенко|Аляксандр Лукашэнка|Александр Григорьевич Лукашенко',
    short: 'Lukashenko|Lukashenka|Lukaschenko|Łukaszenka|Лукашенко|Лукашэнка',
    country: 'Belarus',
    role: 'leader',
  },
  { names: 'Xi Jinping|Си Цзиньпин', short: 'Xi|Си', country: 'China', role: 'leader' },
  { names: 'Vladimir Putin|Wladimir Putin|Владимир Путин|Владимир Владимирович Путин', short: 'Putin|Путин', country: 'Russia', role: 'leader' },
  { names: 'Li Qiang|Ли Цян', short: '', country: 'China', role: 'premier' },
  { names: 'Wang Yi|Ван И', short: '', country: 'China', role: 'foreign minister' },
  { names: 'Li Shangfu|Ли Шанфу', short: '', country: 'China', role: 'defense minister' },
  { names: 'Dong Jun|Дун Цзюнь', short: '', country: 'China', role: 'defense minister' },
  { names: 'Zhao Leji|Чжао Лэцзи', short: '', country: 'China', role: 'chairman' },
  { names: 'Wang Huning|Ван Хунин', short: '', country: 'China', role: 'chairman' },
  { names: 'Han Zheng|Хань Чжэн', short: '', country: 'China', role: 'vice president' },
  {
    names: 'Roman Golovchenko|Raman Halouchanka|Роман Головченко',
    short: 'Golovchenko|Halouchanka|Golowtschenko|Головченко',
    country: 'Belarus',
    role: 'prime minister',
  },
  { names: 'Alexander Turchin|Aleksandr Turchin|Александр Турчин', short: 'Turchin|Turtschin|Турчин', country: 'Belarus', role: 'prime minister' },
  { names: 'Maxim Ryzhenkov|Maksim Ryzhenkov|Максим Рыженков', short: 'Ryzhenkov|Ryschenkow|Рыженков', country: 'Belarus', role: 'foreign minister' },
  { names: 'Sergei Aleinik|Sergey Aleinik|Siarhei Aleinik|Сергей Алейник', short: 'Aleinik|Алейник', country: 'Belarus', role: 'foreign minister' },
  { names: 'Viktor Khrenin|Victor Khrenin|Viktor Chrenin|Виктор Хренин', short: 'Khrenin|Chrenin|Хренин', country: 'Belarus', role: 'defense minister' },
  { names: 'Natalya Kochanova|Natalia Kochanova|Наталья Кочанова', short: 'Kochanova|Kotschanowa|Кочанова', country: 'Belarus', role: 'chairwoman' },
  {
    names: 'Sviatlana Tsikhanouskaya|Svetlana Tikhanovskaya|Swetlana Tichanowskaja|Светлана Тихановская|Святлана Ціханоўская',
    short: 'Tsikhanouskaya|Tikhanovskaya|Tichanowskaja|Тихановская',
    country: 'Belarus',
    role: 'opposition leader',
  },
  { names: 'Xie Xiaoyong|Се Сяоюн', short: '', country: 'China', role: 'ambassador' },
  { names: 'Dmitry Medvedev|Dmitri Medwedew|Дмитрий Медведев', short: 'Medvedev|Medwedew|Медведев', country: 'Russia', role: 'deputy chairman' },
  { names: 'Sergei Lavrov|Sergey Lavrov|Sergej Lawrow|Сергей Лавров', short: 'Lavrov|Lawrow|Лавров', country: 'Russia', role: 'foreign minister' },
  { names: 'Mikhail Mishustin|Michail Mischustin|Михаил Мишустин', short: 'Mishustin|Mischustin|Мишустин', country: 'Russia', role: 'prime minister' },
  {
    names: 'Volodymyr Zelensky|Volodymyr Zelenskyy|Wolodymyr Selenskyj|Владимир Зеленский|Володимир Зеленський',
    short: 'Zelensky|Zelenskyy|Selenskyj|Зеленский|Зеленський',
    country: 'Ukraine',
    role: 'leader',
  },
  { names: 'Kassym-Jomart Tokayev|Kassym-Schomart Tokajew|Касым-Жомарт Токаев', short: 'Tokayev|Tokajew|Токаев', country: 'Kazakhstan', role: 'leader' },
  { names: 'Shavkat Mirziyoyev|Schawkat Mirsijojew|Шавкат Мирзиёев', short: 'Mirziyoyev|Mirsijojew|Мирзиёев', country: 'Uzbekistan', role: 'leader' },
  { names: 'Donald Trump|Дональд Трамп', short: 'Trump|Трамп', country: 'United States', role: 'leader' },
  { names: 'Joe Biden|Джо Байден', short: 'Biden|Байден', country: 'United States', role: 'leader' },
  { names: 'Olaf Scholz|Олаф Шольц', short: 'Scholz|Шольц', country: 'Germany', role: 'chancellor' },
  { names: 'Friedrich Merz|Фридрих Мерц', short: 'Merz|Мерц', country: 'Germany', role: 'chancellor' },
  { names: 'Emmanuel Macron|Эммануэль Макрон', short: 'Macron|Макрон', country: 'France', role: 'leader' },
  { names: 'Narendra Modi|Нарендра Моди', short: 'Modi|Моди', country: 'India', role: 'prime minister' },
  { names: 'Recep Tayyip Erdoğan|Recep Tayyip Erdogan|Реджеп Тайип Эрдоган', short: 'Erdoğan|Erdogan|Эрдоган', country: 'Turkey', role: 'leader' },
  { names: 'António Guterres|Antonio Guterres|Антониу Гутерриш', short: 'Guterres|Гутерриш', country: 'United Nations', role: 'secretary general' },
  { names: 'Ursula von der Leyen|Урсула фон дер Ляйен', short: 'Leyen|Ляйен', country: 'European Union', role: 'president' },
];
