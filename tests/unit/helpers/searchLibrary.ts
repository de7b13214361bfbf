import type { Library } from '../../../electron/library/Library';
import { tempLibrary } from './tempLibrary';

interface Known {
  title: string;
  body: string;
  source?: string;
  author?: string;
  language?: string;
  published?: string;
}

/** Six articles whose every field is known, so each operator's result can be stated exactly. Ids 1–6 in this order. */
export const KNOWN: Known[] = [
  {
    title: 'Lukashenko meets Xi in Minsk',
    body: 'Trade talks continued. New tariffs were discussed.',
    source: 'Xinhua',
    author: 'Li Wei',
    language: 'en',
    published: '2025-09-03',
  },
  { title: 'Лукашенко встретился с Путиным', body: 'Встреча прошла в Минске. Обсуждалась торговля.', source: 'TASS', language: 'ru', published: '2025-06-13' },
  {
    title: 'Straße der Einheit',
    body: 'Lukaschénko besuchte München; Gespräche über Handel.',
    source: 'DW',
    author: 'Anna Müller',
    language: 'de',
    published: '2023-08-17',
  },
  {
    title: '习近平会见普京',
    body: '中国国家主席习近平在北京会见俄罗斯总统普京。双方讨论了贸易问题。',
    source: 'xinhua',
    language: 'zh',
    published: '2023-12-05',
  },
  { title: 'Trade war escalates', body: 'Tariffs and sanctions were announced against China. The trade-war deepens.', language: 'en' },
  {
    title: 'Sanctions review',
    body: 'Belarus faces a new round of sanctions and a tariff on potash.',
    source: 'BelTA',
    language: 'en',
    published: '2024-01-20',
  },
];

/** A fresh library holding KNOWN, imported one second apart in order; 1 and 3 are read, 2 is starred. */
export function knownLibrary(): Library {
  const library = tempLibrary();
  KNOWN.forEach((k, i) => {
    const article = {
      title: k.title,
      published: k.published ?? null,
      source: k.source ?? null,
      author: k.author ?? null,
      dateline: null,
      language: k.language ?? null,
      url: null,
      tags: [],
      blocks: [{ kind: 'p' as const, text: k.body }],
    };
    const now = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    library.articles.insert({ file: `/known/${i + 1}.txt`, contentHash: `h${i + 1}`, article, body: k.body, wordCount: k.body.split(' ').length }, now);
  });
  library.reading.setRead([1, 3], true);
  library.reading.setStarred([2], true);
  return library;
}

/** The ids a query finds, in the list's order. */
export function idsOf(library: Library, query: string): number[] {
  return library.search.query(query, 500, 0).rows.map((r) => r.id);
}
