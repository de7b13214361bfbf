import fs from 'node:fs';
import path from 'node:path';
import { brownSentences } from './brownSentences';
import { FOREIGN_SENTENCES, type ForeignLanguage } from './foreignSentences';
import { mulberry32, type Random } from './random';

/** Files per folder: small imports take the first folders of the large corpus, so it is generated once. */
export const FILES_PER_FOLDER = 1000;
const SEED = 20250903;
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 11 * 365 + 2;

export interface CorpusArticle {
  /** Relative path inside the corpus folder. */
  name: string;
  text: string;
  language: 'en' | ForeignLanguage;
  source: string;
}

export interface WrittenCorpus {
  dir: string;
  articles: number;
  /** Folders of FILES_PER_FOLDER files, in order. */
  folders: string[];
  files: string[];
  megabytes: number;
  languages: Record<string, number>;
  sources: Record<string, number>;
  seconds: number;
}

const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const RU_MONTHS = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];
const EN_PLACES = ['BEIJING', 'MINSK', 'MOSCOW', 'SHANGHAI', 'TIANJIN', 'WASHINGTON', 'LONDON', 'BRUSSELS', 'ISLAMABAD'];
const FURNITURE = ['(Web editor: Wang Lei, Li Yan)', 'Follow us on Twitter', 'Most Popular', 'Share this article'];

interface Day {
  iso: string;
  year: number;
  month: number;
  day: number;
}

/** One article's text in the shape real clippings have: header line, dateline, body, sometimes page furniture. */
function englishArticle(rng: Random, day: Day): { text: string; source: string; ext: string } {
  const headline = englishHeadline(rng);
  const body = englishParagraphs(rng, 520 + Math.floor(rng() * 160));
  const [lead = '', ...rest] = body;
  const place = rng.pick(EN_PLACES);
  const header = ` date ${day.iso} ${headline}`;
  const shape = rng();
  if (shape < 0.05) {
    const front = `---\ntitle: "${headline}"\ndate: ${day.iso}\nsource: Reuters\ntags: [politics, economy]\n---`;
    return {
      text: [front, `${place} (Reuters) - ${lead}`, ...rest.slice(0, 3), '## Background', ...rest.slice(3)].join('\n\n'),
      source: 'Reuters',
      ext: '.md',
    };
  }
  if (shape < 0.33) {
    const tail = rng() < 0.5 ? [rng.pick(FURNITURE), rng.pick(FURNITURE)] : [];
    return { text: [header, `${place}, ${AP_MONTHS[day.month]} ${day.day} (Xinhua) -- ${lead}`, ...rest, ...tail].join('\n\n'), source: 'Xinhua', ext: '.txt' };
  }
  if (shape < 0.53) {
    return { text: [` date ${day.iso} ${stripEnd(lead)}, reports BELTA.`, ...rest].join('\n\n'), source: 'BelTA', ext: '.txt' };
  }
  if (shape < 0.63) {
    const dateline = `${titleCase(place)}, ${day.day} ${MONTHS[day.month]} ${day.year} (TDI): ${lead}`;
    return { text: [`HomeNewsDiplomatic News${headline}`, headline, `\n${dateline}`, ...rest].join('\n\n'), source: 'TDI', ext: '.txt' };
  }
  if (shape < 0.73) {
    return { text: [header, `MINSK, ${day.day} ${MONTHS[day.month]} – Sputnik. ${lead}`, ...rest].join('\n\n'), source: 'Sputnik', ext: '.txt' };
  }
  if (shape < 0.88) {
    return { text: [header, `${place}, ${MONTHS[day.month]} ${day.day} (Reuters) - ${lead}`, ...rest].join('\n\n'), source: 'Reuters', ext: '.txt' };
  }
  if (shape < 0.93) {
    return { text: [header, `MOSCOW, ${MONTHS[day.month]} ${day.day}. /TASS/. ${lead}`, ...rest].join('\n\n'), source: 'TASS', ext: '.txt' };
  }
  return { text: [header, `Minsk – ${lead}`, ...rest].join('\n\n'), source: 'none', ext: '.txt' };
}

function foreignArticle(rng: Random, day: Day, language: ForeignLanguage): { text: string; source: string } {
  const pool = FOREIGN_SENTENCES[language];
  const headline = stripEnd(rng.pick(pool)).split(' ').slice(0, 8).join(' ');
  if (language === 'zh') {
    const paragraphs = Array.from({ length: 8 }, () => Array.from({ length: 5 }, () => rng.pick(pool)).join(''));
    paragraphs[0] = `新华社北京${day.month + 1}月${day.day}日电 ${paragraphs[0]}`;
    return { text: [` date ${day.iso} ${stripEnd(rng.pick(pool))}`, ...paragraphs].join('\n\n'), source: 'Xinhua' };
  }
  const paragraphs = groupParagraphs(rng, () => rng.pick(pool), 520 + Math.floor(rng() * 160));
  const [lead = '', ...rest] = paragraphs;
  const tass = rng() < 0.4;
  const dateline =
    language === 'de'
      ? `${tass ? 'MOSKAU (Reuters)' : 'BERLIN (dpa)'} - ${lead}`
      : tass
        ? `МОСКВА, ${day.day} ${RU_MONTHS[day.month]}. /ТАСС/. ${lead}`
        : `МИНСК, ${day.day} ${RU_MONTHS[day.month]} /Корр. БЕЛТА/ - ${lead}`;
  const source = language === 'de' ? (tass ? 'Reuters' : 'dpa') : tass ? 'TASS' : 'BelTA';
  return { text: [` date ${day.iso} ${headline}`, dateline, ...rest].join('\n\n'), source };
}

function englishHeadline(rng: Random): string {
  const sentences = brownSentences();
  for (;;) {
    const words = rng
      .pick(sentences)
      .replace(/[“”()"]/g, '')
      .split(' ');
    const headline = words
      .slice(0, 6 + Math.floor(rng() * 6))
      .join(' ')
      .replace(/[\s,;:.!?'-]+$/u, '');
    if (!headline.includes('.') && headline.length > 20) return headline;
  }
}

/** A run of consecutive Brown sentences, so paragraphs read as one story. */
function englishParagraphs(rng: Random, words: number): string[] {
  const sentences = brownSentences();
  let i = Math.floor(rng() * sentences.length);
  return groupParagraphs(rng, () => sentences[i++ % sentences.length] ?? '', words);
}

function groupParagraphs(rng: Random, next: () => string, words: number): string[] {
  const paragraphs: string[] = [];
  for (let left = words; left > 0;) {
    const paragraph: string[] = [];
    for (let n = 1 + Math.floor(rng() * 3); n > 0 && left > 0; n--) {
      const sentence = next();
      paragraph.push(sentence);
      left -= sentence.split(' ').length;
    }
    paragraphs.push(paragraph.join(' '));
  }
  return paragraphs;
}

const stripEnd = (s: string): string => s.replace(/[.。!?]+$/u, '');
const titleCase = (s: string): string => s.charAt(0) + s.slice(1).toLowerCase();

function dayOf(rng: Random): Day {
  const d = new Date(FIRST_DAY + Math.floor(rng() * DAYS) * 86_400_000);
  return { iso: d.toISOString().slice(0, 10), year: d.getUTCFullYear(), month: d.getUTCMonth(), day: d.getUTCDate() };
}

/** The same `count` articles on every run: mostly English, some Russian and German, a little Chinese. */
export function* corpusArticles(count: number, seed = SEED): Generator<CorpusArticle> {
  const rng = mulberry32(seed);
  for (let i = 0; i < count; i++) {
    const day = dayOf(rng);
    const r = rng();
    const language = r < 0.86 ? 'en' : r < 0.93 ? 'ru' : r < 0.98 ? 'de' : 'zh';
    const folder = String(Math.floor(i / FILES_PER_FOLDER)).padStart(3, '0');
    const stem = `${folder}/${String(i).padStart(6, '0')}`;
    if (language === 'en') {
      const { text, source, ext } = englishArticle(rng, day);
      yield { name: `${stem}${ext}`, text, language, source };
    } else {
      yield { name: `${stem}.txt`, ...foreignArticle(rng, day, language), language };
    }
  }
}

export function writeCorpus(dir: string, count: number, seed = SEED): WrittenCorpus {
  const start = performance.now();
  const written: WrittenCorpus = { dir, articles: 0, folders: [], files: [], megabytes: 0, languages: {}, sources: {}, seconds: 0 };
  let bytes = 0;
  for (const article of corpusArticles(count, seed)) {
    const file = path.join(dir, article.name);
    const folder = path.dirname(file);
    if (written.folders.at(-1) !== folder) {
      fs.mkdirSync(folder, { recursive: true });
      written.folders.push(folder);
    }
    fs.writeFileSync(file, article.text);
    written.files.push(file);
    bytes += Buffer.byteLength(article.text);
    written.languages[article.language] = (written.languages[article.language] ?? 0) + 1;
    written.sources[article.source] = (written.sources[article.source] ?? 0) + 1;
  }
  written.articles = written.files.length;
  written.megabytes = Math.round(bytes / 1e5) / 10;
  written.seconds = Math.round(performance.now() - start) / 1000;
  return written;
}
