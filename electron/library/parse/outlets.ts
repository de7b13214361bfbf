/** Canonical outlet name → the spellings found in datelines, attributions and page metadata. */
const OUTLETS: Record<string, string[]> = {
  Xinhua: ['Xinhua', 'Xinhua News Agency', 'Xinhuanet', 'news.cn', 'Синьхуа'],
  BelTA: ['BelTA', 'Belarusian Telegraph Agency', 'БелТА'],
  TDI: ['TDI', 'The Diplomatic Insight'],
  Sputnik: ['Sputnik', 'Sputnik Belarus', 'Sputnik Беларусь', 'Спутник'],
  TASS: ['TASS', 'ТАСС'],
  'RIA Novosti': ['RIA Novosti', 'RIA', 'РИА Новости'],
  Interfax: ['Interfax', 'Интерфакс'],
  Reuters: ['Reuters'],
  AP: ['AP', 'Associated Press', 'The Associated Press'],
  AFP: ['AFP', 'Agence France-Presse'],
  dpa: ['dpa', 'Deutsche Presse-Agentur'],
  CGTN: ['CGTN'],
  CCTV: ['CCTV'],
  'China Daily': ['China Daily', 'chinadaily.com.cn'],
  'Global Times': ['Global Times'],
  "People's Daily": ["People's Daily", "People's Daily Online"],
  Kyodo: ['Kyodo', 'Kyodo News'],
  Yonhap: ['Yonhap'],
  'Anadolu Agency': ['Anadolu', 'Anadolu Agency'],
  Ukrinform: ['Ukrinform', 'Укрінформ'],
  BBC: ['BBC', 'BBC News'],
  Bloomberg: ['Bloomberg'],
};

const key = (name: string): string => name.trim().replace(/[’`]/g, "'").replace(/\s+/g, ' ').toLowerCase();

const BY_ALIAS = new Map<string, string>(Object.entries(OUTLETS).flatMap(([canonical, aliases]) => aliases.map((a): [string, string] => [key(a), canonical])));

const ALIAS_PATTERN = Object.values(OUTLETS)
  .flat()
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
  .join('|');

/** "reports BELTA", "according to Xinhua", "сообщает БелТА", "berichtet dpa", "rapporte l'AFP", "TASS reported". */
const ATTRIBUTION = new RegExp(
  `(?:(?<![\\p{L}])(?:reports?|reported|according to|told|сообщает|сообщили|передает|передаёт|berichtet|meldet|laut|rapporte|selon)\\s+(?:l['’])?(${ALIAS_PATTERN})(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(${ALIAS_PATTERN})\\s+(?:reports?|reported|сообщает|berichtet|meldet)(?![\\p{L}]))`,
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
  const name = m?.[1] ?? m?.[2];
  return name ? knownOutlet(name) : null;
}
