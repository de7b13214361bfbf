import { parse as parseYaml } from 'yaml';
import { findDate, mentionToIso } from './dates';
import type { ArticleDraft } from './finishArticle';
import { safeHref } from './htmlToBlocks';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * What a Markdown file's YAML front matter says about the article: a draft's fields but its body. Its `url` is any
 * safe URL (a base for the body's relative links); only an http(s) one is the article's address.
 */
export type FrontMatter = Omit<ArticleDraft, 'blocks' | 'declaredLanguage'>;

const NONE: FrontMatter = { title: null, published: null, source: null, author: null, url: null, tags: [] };

/** The front matter's fields and the Markdown after it; front matter longer than `maxChars` is left in the body. */
export function readFrontMatter(source: string, maxChars = Infinity): { fields: FrontMatter; body: string } {
  const fm = FRONT_MATTER.exec(source);
  if (!fm || fm[0].length > maxChars) return { fields: NONE, body: source };
  const meta = parseFrontMatter(fm[1]!);
  const date = text(meta.date);
  const found = date ? findDate(date) : null;
  return {
    fields: {
      title: text(meta.title),
      published: found ? mentionToIso(found, null) : null,
      source: text(meta.source),
      author: Array.isArray(meta.author) ? meta.author.map(text).filter(Boolean).join(', ') : text(meta.author),
      url: typeof meta.url === 'string' ? (safeHref(meta.url, null) ?? null) : null,
      tags: list(meta.tags),
    },
    body: source.slice(fm[0].length),
  };
}

/**
 * The front matter as YAML, or, where it is not valid YAML (`title: Minsk: talks`, an unclosed bracket), read line by line
 * as `key: value` and `- item` lines: a file with text is never refused for the way its front matter is written.
 */
function parseFrontMatter(yaml: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = parseYaml(yaml);
  } catch {
    return readLines(yaml);
  }
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

const KEY_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*))?$/;
const ITEM_LINE = /^[ \t]+-[ \t]+(.*)$|^-[ \t]+(.*)$/;
const QUOTED = /^(["'])(.*)\1$/;

function readLines(yaml: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  let listKey: string | null = null;
  for (const line of yaml.split('\n')) {
    const item = ITEM_LINE.exec(line);
    const value = item ? unquote(item[1] ?? item[2] ?? '') : '';
    if (item && listKey !== null && value) {
      fields[listKey] = [...(Array.isArray(fields[listKey]) ? (fields[listKey] as unknown[]) : []), value];
      continue;
    }
    const kv = KEY_LINE.exec(line.trimEnd());
    if (!kv) continue;
    const text = unquote(kv[2] ?? '');
    listKey = text ? null : kv[1]!;
    if (text) fields[kv[1]!] = text;
  }
  return fields;
}

const unquote = (value: string): string => value.trim().replace(QUOTED, '$2');

/** A scalar front-matter value as text (YAML reads `title: 1984` as a number). */
function text(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(text).filter((t): t is string => t !== null);
  return text(value)?.split(',') ?? [];
}
