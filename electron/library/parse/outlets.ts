/**
 * Canonical outlet name → the spellings found in datelines, attributions and page metadata, in the languages we
 * index (each outlet's own Russian, German and Chinese names as those outlets and the press use them).
 */
const OUTLETS: Record<string, string[]> = {
  Xinhua: ['Xinhua', 'Xinhua News Agency', 'Xinhuanet', 'news.cn', 'Синьхуа', '新华社', '新华网', '新华通讯社'],
  BelTA: ['BelTA', 'Belarusian Telegraph Agency', 'БелТА', '白俄通讯社', '白俄罗斯通讯社'],
  TDI: ['TDI', 'The Diplomatic Insight'],
  Sputnik: ['Sputnik', 'Sputnik Belarus', 'Sputnik Беларусь', 'Спутник', '卫星通讯社', '俄罗斯卫星通讯社'],
  TASS: ['TASS', 'ТАСС', '塔斯社'],
  'RIA Novosti': ['RIA Novosti', 'RIA', 'РИА Новости', 'РИА «Новости»', '俄新社', '俄罗斯新闻社'],
  Interfax: ['Interfax', 'Интерфакс', 'Интерфакс-Запад', '国际文传电讯社'],
  Reuters: ['Reuters', 'Рейтер', 'Рейтерс', '路透社', '路透'],
  AP: ['AP', 'Associated Press', 'The Associated Press', 'Ассошиэйтед Пресс', 'АП', '美联社'],
  AFP: ['AFP', 'Agence France-Presse', 'Франс Пресс', 'Франс-Пресс', 'АФП', '法新社'],
  dpa: ['dpa', 'Deutsche Presse-Agentur', 'ДПА', '德新社', '德国新闻社'],
  APA: ['APA', 'Austria Presse Agentur'],
  'Keystone-SDA': ['Keystone-SDA', 'SDA'],
  KNA: ['KNA', 'Katholische Nachrichten-Agentur'],
  epd: ['epd', 'Evangelischer Pressedienst'],
  CGTN: ['CGTN', '中国国际电视台'],
  CCTV: ['CCTV', '央视', '央视网', '央视新闻', '中央电视台'],
  'China News Service': ['China News Service', 'chinanews.com', '中新社', '中新网', '中国新闻社', '中国新闻网'],
  'China Daily': ['China Daily', 'chinadaily.com.cn', '中国日报'],
  'Global Times': ['Global Times', 'Глобал таймс', '环球时报', '环球网'],
  "People's Daily": ["People's Daily", "People's Daily Online", 'Жэньминь жибао', '人民日报', '人民网'],
  Dazhong: ['Dazhong', 'Dazhong Daily', 'dzwww.com', '大众网', '大众日报'],
  'Northeast Net': ['Northeast Net', 'dbw.cn', '东北网'],
  Kyodo: ['Kyodo', 'Kyodo News', 'Киодо', '共同社'],
  Yonhap: ['Yonhap', 'Ёнхап', 'Йонхап', '韩联社'],
  'Anadolu Agency': ['Anadolu', 'Anadolu Agency', 'Анадолу', '阿纳多卢通讯社'],
  Ukrinform: ['Ukrinform', 'Укрінформ', 'Укринформ'],
  BBC: ['BBC', 'BBC News', 'Би-би-си', 'Русская служба Би-би-си', '英国广播公司'],
  Bloomberg: ['Bloomberg', 'Блумберг', '彭博社'],
};

const key = (name: string): string => name.trim().replace(/[’`]/g, "'").replace(/\s+/g, ' ').toLowerCase();

const BY_ALIAS = new Map<string, string>(Object.entries(OUTLETS).flatMap(([canonical, aliases]) => aliases.map((a): [string, string] => [key(a), canonical])));

const ALIAS_PATTERN = Object.values(OUTLETS)
  .flat()
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
  .join('|');

/** What may stand between the verb and the outlet: "berichtete die Nachrichtenagentur dpa", "сообщило агентство Интерфакс". */
const AGENCY = String.raw`(?:(?:the|die|der)\s+)?(?:(?:news agency|nachrichtenagentur|agentur|агентство|информагентство)\s+)?`;

/**
 * "reports BELTA", "according to Xinhua", "сообщает БелТА", "berichtete die Nachrichtenagentur dpa", "rapporte l'AFP",
 * "TASS reported", "wie dpa berichtete"; in Chinese, "据新华社报道".
 */
const ATTRIBUTION = new RegExp(
  `(?:(?<![\\p{L}])(?:reports?|reported|according to|told|said|сообщает|сообщил[аио]?|сообщили|передает|передаёт|пишет|berichtet|berichtete|meldet|meldete|laut|rapporte|selon)\\s+(?:l['’])?${AGENCY}(${ALIAS_PATTERN})(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(${ALIAS_PATTERN})\\s+(?:reports?|reported|сообщает|сообщил[аио]?|berichtet|berichtete|meldet|meldete|zufolge)(?![\\p{L}])|据(${ALIAS_PATTERN})(?:记者)?(?:报道|消息|电|称))`,
  'iu',
);

/** The canonical name of a known outlet ("BELTA" → "BelTA"), or null. */
export function knownOutlet(name: string): string | null {
  return BY_ALIAS.get(key(name.replace(/^[\s(/]+|[\s)/.,:;]+$/g, ''))) ?? null;
}

/** The canonical name when the outlet is known, else the name as written, tidied. */
export function outletName(name: string): string {
  return knownOutlet(name) ?? name.trim().replace(/\s+/g, ' ');
}

/** A known outlet credited in the text ("..., reports BELTA."), or null. */
export function findAttribution(text: string): string | null {
  const m = ATTRIBUTION.exec(text);
  const name = m?.[1] ?? m?.[2] ?? m?.[3];
  return name ? knownOutlet(name) : null;
}

const HAN_ALIASES = Object.values(OUTLETS)
  .flat()
  .filter((a) => /^\p{Script=Han}/u.test(a))
  .sort((a, b) => b.length - a.length);

/** A known outlet named by the Chinese text `text` opens with ("新华社北京…"): its canonical name and the length of the name. */
export function leadingHanOutlet(text: string): { name: string; length: number } | null {
  const alias = HAN_ALIASES.find((a) => text.startsWith(a));
  return alias ? { name: knownOutlet(alias)!, length: alias.length } : null;
}
