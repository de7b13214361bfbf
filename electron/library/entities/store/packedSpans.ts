/** Where a mention is in an article's body, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/**
 * An entity's mentions in one article as stored (article_entities.spans, m022): sorted by (start, end), each once, as
 * unsigned varints (seven bits a byte, the low ones first, the high bit set on all but a number's last byte): start
 * minus the previous span's start, then end minus start. Mostly three bytes a mention, where a row of the mentions
 * table it replaced took about sixteen. Stored files hold this format: changing it takes a migration.
 */
export function packSpans(spans: readonly Span[]): Buffer {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const bytes: number[] = [];
  let previous: Span = { start: 0, end: -1 };
  for (const span of sorted) {
    if (span.start === previous.start && span.end === previous.end) continue;
    pushVarint(bytes, span.start - previous.start);
    pushVarint(bytes, span.end - span.start);
    previous = span;
  }
  return Buffer.from(bytes);
}

/** The spans packSpans stored, in text order. */
export function unpackSpans(packed: Uint8Array): Span[] {
  const spans: Span[] = [];
  let at = 0;
  let start = 0;
  const next = (): number => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      if (at >= packed.length) throw new RangeError('Packed spans end inside a number.');
      const byte = packed[at++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
  };
  while (at < packed.length) {
    start += next();
    spans.push({ start, end: start + next() });
  }
  return spans;
}

/**
 * One article's entity rows, each with its packed spans, as a mention per span carrying the rest of its row, in text
 * order: by start, end, then entity, as the mentions table's key gave them before m022.
 */
export function mentionsInTextOrder<R extends { id: number; spans: Uint8Array }>(rows: readonly R[]): Array<Omit<R, 'spans'> & Span> {
  const mentions = rows.flatMap(({ spans, ...row }) => unpackSpans(spans).map((span) => ({ ...row, ...span })));
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end || a.id - b.id);
}

function pushVarint(bytes: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`A span cannot be packed: ${value} is not an offset.`);
  for (; value >= 0x80; value = Math.floor(value / 0x80)) bytes.push((value % 0x80) | 0x80);
  bytes.push(value);
}
