import path from 'node:path';
import { ParseError, type Block, type ParsedArticle } from './types';

/** Turns a file's bytes into an article, choosing the parser by the file's extension. */
export function parseArticle(file: string, bytes: Uint8Array): ParsedArticle {
  if (bytes.length === 0) throw new ParseError('the file is empty');
  if (bytes.includes(0)) throw new ParseError('the file is binary, not text');
  const ext = path.extname(file).toLowerCase();
  if (ext !== '.txt') throw new ParseError(`files of type "${ext || 'without extension'}" are not supported`);
  return parseText(new TextDecoder('utf-8').decode(bytes));
}

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+/;

function parseText(text: string): ParsedArticle {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  let published: string | null = null;
  const header = HEADER.exec(lines[0] ?? '');
  if (header) {
    published = header[1] ?? null;
    lines[0] = (lines[0] ?? '').replace(HEADER, '');
  }
  const paragraphs = lines.filter((l) => l.length > 0);
  const title = paragraphs[0] ?? '';
  const blocks: Block[] = paragraphs.slice(1).map((t) => ({ kind: 'p', text: t }));
  if (!title) throw new ParseError('the file has no text');
  return { title, published, source: null, author: null, dateline: null, language: null, url: null, tags: [], blocks };
}
