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
      'Alexander Lukashenko|Aleksandr Lukashenko|Alyaksandr Lukashenka|Aliaksandr Lukashenka|Alexander Lukaschenko|Alexandr Lukaschenko|Александр Лукашенко|Аляксандр Лукашэнка|Александр Григорьевич Лукашенко|亚历山大·卢卡申科|卢卡申科',
    short: 'Lukashenko|Lukashenka|Lukaschenko|Łukaszenka|Лукашенко|Лукашэнка',
    country: 'Belarus',
    role: 'leader',
  },
  { names: 'Xi Jinping|Си Цзиньпин|习近平', short: 'Xi|Си', country: 'China', role: 'leader' },
  {
    names: 'Vladimir Putin|Wladimir Putin|Владимир Путин|Владимир Владимирович Путин|弗拉基米尔·普京|普京',
    short: 'Putin|Путин',
    country: 'Russia',
    role: 'leader',
  },
  { names: 'Li Qiang|Ли Цян|李强', short: '', country: 'China', role: 'premier' },
  { names: 'Wang Yi|Ван И|王毅', short: '', country: 'China', role: 'foreign minister' },
  { names: 'Li Shangfu|Ли Шанфу|李尚福', short: '', country: 'China', role: 'defense minister' },
  { names: 'Dong Jun|Дун Цзюнь|董军', short: '', country: 'China', role: 'defense minister' },
  { names: 'Zhao Leji|Чжао Лэцзи|赵乐际', short: '', country: 'China', role: 'chairman' },
  { names: 'Wang Huning|Ван Хунин|王沪宁', short: '', country: 'China', role: 'chairman' },
  { names: 'Han Zheng|Хань Чжэн|韩正', short: '', country: 'China', role: 'vice president' },
  {
    names: 'Roman Golovchenko|Raman Halouchanka|Роман Головченко|罗曼·戈洛夫琴科|戈洛夫琴科',
    short: 'Golovchenko|Halouchanka|Golowtschenko|Головченко',
    country: 'Belarus',
    role: 'prime minister',
  },
  {
    names: 'Alexander Turchin|Aleksandr Turchin|Александр Турчин|亚历山大·图尔钦|图尔钦',
    short: 'Turchin|Turtschin|Турчин',
    country: 'Belarus',
    role: 'prime minister',
  },
  {
    names: 'Maxim Ryzhenkov|Maksim Ryzhenkov|Максим Рыженков|马克西姆·雷仁科夫|雷仁科夫',
    short: 'Ryzhenkov|Ryschenkow|Рыженков',
    country: 'Belarus',
    role: 'foreign minister',
  },
  {
    names: 'Sergei Aleinik|Sergey Aleinik|Siarhei Aleinik|Сергей Алейник|谢尔盖·阿列伊尼克|阿列伊尼克',
    short: 'Aleinik|Алейник',
    country: 'Belarus',
    role: 'foreign minister',
  },
  {
    names: 'Viktor Khrenin|Victor Khrenin|Viktor Chrenin|Виктор Хренин|维克托·赫列宁|赫列宁',
    short: 'Khrenin|Chrenin|Хренин',
    country: 'Belarus',
    role: 'defense minister',
  },
  {
    names: 'Natalya Kochanova|Natalia Kochanova|Наталья Кочанова|娜塔莉亚·科恰诺娃|科恰诺娃',
    short: 'Kochanova|Kotschanowa|Кочанова',
    country: 'Belarus',
    role: 'chairwoman',
  },
  {
    names:
      'Sviatlana Tsikhanouskaya|Svetlana Tikhanovskaya|Swetlana Tichanowskaja|Светлана Тихановская|Святлана Ціханоўская|斯韦特兰娜·季哈诺夫斯卡娅|季哈诺夫斯卡娅',
    short: 'Tsikhanouskaya|Tikhanovskaya|Tichanowskaja|Тихановская',
    country: 'Belarus',
    role: 'opposition leader',
  },
  { names: 'Xie Xiaoyong|Се Сяоюн|谢小用', short: '', country: 'China', role: 'ambassador' },
  {
    names: 'Dmitry Medvedev|Dmitri Medwedew|Дмитрий Медведев|德米特里·梅德韦杰夫|梅德韦杰夫',
    short: 'Medvedev|Medwedew|Медведев',
    country: 'Russia',
    role: 'deputy chairman',
  },
  {
    names: 'Sergei Lavrov|Sergey Lavrov|Sergej Lawrow|Сергей Лавров|谢尔盖·拉夫罗夫|拉夫罗夫',
    short: 'Lavrov|Lawrow|Лавров',
    country: 'Russia',
    role: 'foreign minister',
  },
  {
    names: 'Mikhail Mishustin|Michail Mischustin|Михаил Мишустин|米哈伊尔·米舒斯京|米舒斯京',
    short: 'Mishustin|Mischustin|Мишустин',
    country: 'Russia',
    role: 'prime minister',
  },
  {
    names: 'Volodymyr Zelensky|Volodymyr Zelenskyy|Wolodymyr Selenskyj|Владимир Зеленский|Володимир Зеленський|弗拉基米尔·泽连斯基|泽连斯基',
    short: 'Zelensky|Zelenskyy|Selenskyj|Зеленский|Зеленський',
    country: 'Ukraine',
    role: 'leader',
  },
  {
    names: 'Kassym-Jomart Tokayev|Kassym-Schomart Tokajew|Касым-Жомарт Токаев|卡瑟姆-若马尔特·托卡耶夫|托卡耶夫',
    short: 'Tokayev|Tokajew|Токаев',
    country: 'Kazakhstan',
    role: 'leader',
  },
  {
    names: 'Shavkat Mirziyoyev|Schawkat Mirsijojew|Шавкат Мирзиёев|沙夫卡特·米尔济约耶夫|米尔济约耶夫',
    short: 'Mirziyoyev|Mirsijojew|Мирзиёев',
    country: 'Uzbekistan',
    role: 'leader',
  },
  { names: 'Donald Trump|Дональд Трамп|唐纳德·特朗普|特朗普', short: 'Trump|Трамп', country: 'United States', role: 'leader' },
  { names: 'Joe Biden|Джо Байден|约瑟夫·拜登|乔·拜登|拜登', short: 'Biden|Байден', country: 'United States', role: 'leader' },
  { names: 'Olaf Scholz|Олаф Шольц|奥拉夫·朔尔茨|朔尔茨', short: 'Scholz|Шольц', country: 'Germany', role: 'chancellor' },
  { names: 'Friedrich Merz|Фридрих Мерц|弗里德里希·默茨|默茨', short: 'Merz|Мерц', country: 'Germany', role: 'chancellor' },
  { names: 'Emmanuel Macron|Эммануэль Макрон|埃马纽埃尔·马克龙|马克龙', short: 'Macron|Макрон', country: 'France', role: 'leader' },
  { names: 'Narendra Modi|Нарендра Моди|纳伦德拉·莫迪|莫迪', short: 'Modi|Моди', country: 'India', role: 'prime minister' },
  {
    names: 'Recep Tayyip Erdoğan|Recep Tayyip Erdogan|Реджеп Тайип Эрдоган|雷杰普·塔伊普·埃尔多安|埃尔多安',
    short: 'Erdoğan|Erdogan|Эрдоган',
    country: 'Turkey',
    role: 'leader',
  },
  {
    names: 'António Guterres|Antonio Guterres|Антониу Гутерриш|安东尼奥·古特雷斯|古特雷斯',
    short: 'Guterres|Гутерриш',
    country: 'United Nations',
    role: 'secretary general',
  },
  { names: 'Ursula von der Leyen|Урсула фон дер Ляйен|乌尔苏拉·冯德莱恩|冯德莱恩', short: 'Leyen|Ляйен', country: 'European Union', role: 'president' },
];
