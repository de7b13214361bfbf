import path from 'node:path';
import { Library } from '../../../electron/library/Library';
import { tempDir } from './tempLibrary';

interface Awkward {
  title: string;
  paragraphs: string[];
  language: string;
  source: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
}

/** Articles whose text is hard to carry: quotes, commas, Markdown syntax, Cyrillic, Chinese, an emoji before a highlight. */
export const AWKWARD: Awkward[] = [
  {
    title: 'Quotes "double", commas, *stars* _under_ [brackets] #hash > pipe | `tick`',
    paragraphs: [
      'He said: "Trade, not aid" — and *nobody* _laughed_. See [the list] #1 > all | none `code` here.',
      '- not a list item\n1. not an ordered one\n=== not a heading\n    not code either',
    ],
    language: 'en',
    source: 'Reuters, "Wire"',
    author: "Ann O'Neil",
    published: '2025-03-04',
    url: 'https://example.com/news/trade?x=1&y=2',
  },
  {
    title: 'Лукашенко: «встреча» в Минске',
    paragraphs: ['Встреча прошла в Минске, сказал Лукашенко. Обсуждалась торговля и «новые» тарифы.'],
    language: 'ru',
    source: 'ТАСС',
    author: null,
    published: '2025-06-13',
    url: null,
  },
  {
    title: '习近平会见普京',
    paragraphs: ['😀 中国国家主席习近平在北京会见俄罗斯总统普京。双方讨论了贸易问题。'],
    language: 'zh',
    source: null,
    author: null,
    published: null,
    url: null,
  },
];

/** Where each awkward article's file is said to be, so two libraries built by articlesOnly hold the same articles. */
export const awkwardFile = (i: number) => path.join('/clippings', `awkward-${i + 1}.txt`);

/** A library holding the awkward articles (ids 1–3), their entities extracted, and no annotations. */
export function awkwardArticles(file = path.join(tempDir(), 'library.sqlite')): Library {
  const library = Library.create(file);
  AWKWARD.forEach((a, i) => {
    const blocks = a.paragraphs.map((text) => ({ kind: 'p' as const, text }));
    const body = a.paragraphs.join('\n\n');
    const article = {
      title: a.title,
      published: a.published,
      source: a.source,
      author: a.author,
      dateline: null,
      language: a.language,
      url: a.url,
      tags: [],
      blocks,
    };
    const id = library.articles.insert(
      { file: awkwardFile(i), contentHash: `hash-${i + 1}`, article, body, wordCount: body.split(/\s+/).length },
      `2026-01-0${i + 1}T00:00:00.000Z`,
    );
    library.entities.extract(id, body, a.language);
  });
  return library;
}

/**
 * The awkward articles annotated: overlapping highlights, notes with newlines, quotes and Markdown, tags with
 * spaces and in Cyrillic, an orphaned highlight, article notes and tags, and colour meanings.
 */
export function awkwardLibrary(file?: string): Library {
  const library = awkwardArticles(file);
  const { highlights, notes, tags, colors } = library.annotations;
  colors.setMeanings({ yellow: 'Key "claim", verbatim', red: 'Disputed *strongly*' });
  highlights.create(
    1,
    { quote: 'He said: "Trade, not aid"' },
    { color: 'yellow', note: 'First line, with "quotes"\nSecond line: *not* bold, [not] a link', tags: ['key point', '#trade'] },
  );
  highlights.create(1, { quote: 'not aid" — and *nobody* _laughed_' }, { color: 'red', note: '', tags: [] });
  highlights.create(
    1,
    { quote: '- not a list item\n1. not an ordered one\n=== not a heading' },
    { color: 'green', note: '> not a quote\n# not a heading', tags: [] },
  );
  highlights.create(2, { quote: 'Обсуждалась торговля и «новые» тарифы' }, { color: 'blue', note: 'Заметка, с запятой', tags: ['экономика'] });
  highlights.create(3, { quote: '习近平在北京会见俄罗斯总统普京' }, { color: 'purple', note: '注意', tags: ['中国'] });
  // A highlight whose text is not (or no longer) in the article: kept, orphaned.
  highlights.put({
    uuid: '0b7e0a3c-5d1e-4f6a-9b2c-3d4e5f6a7b8c',
    articleId: 2,
    quote: 'Текст, которого больше нет',
    prefix: '',
    suffix: '',
    start: null,
    end: null,
    color: 'yellow',
    note: 'orphaned, with a note',
    tags: [],
    created: '2026-02-01T10:00:00.000Z',
    modified: '2026-02-01T10:00:00.000Z',
  });
  notes.set(1, 'Article note: "quoted", with, commas\n\n## not a heading | not a table');
  notes.set(2, 'Заметка о статье');
  tags.setForArticle(1, ['long read', 'Economy']);
  return library;
}
