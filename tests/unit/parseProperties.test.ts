import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseArticle } from '../../electron/library/parse/parseArticle';
import { ParseError, type ParsedArticle } from '../../electron/library/parse/types';

/** Text that looks a little like clippings, Markdown and HTML, so the heuristics actually run. */
const piece = fc.oneof(
  fc.string(),
  fc.constantFrom(' date 2025-09-03 ', 'BEIJING, Sept. 2 (Xinhua) -- ', '\n\n', '\n', '# ', '**', '<p>', '</p>', '<a href="javascript:x()">', '</a>', '---\n', 'Home', 'Most Popular', 'Jane Roe', '- '),
  fc.lorem({ maxCount: 12 }),
);
const document = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(''));

function checkArticle(a: ParsedArticle): void {
  assert.ok(a.title.length > 0);
  assert.ok(a.published === null || /^\d{4}-\d{2}-\d{2}$/.test(a.published));
  assert.ok(a.language === null || /^[a-z]{2}$/.test(a.language));
  for (const b of a.blocks) {
    assert.ok(b.text.length > 0 && b.text === b.text.trim());
    for (const m of b.marks ?? []) {
      assert.ok(m.start >= 0 && m.start < m.end && m.end <= b.text.length);
      assert.ok(m.href === undefined || /^(https?|mailto):/.test(m.href));
    }
  }
}

for (const ext of ['.txt', '.md', '.html']) {
  test(`any ${ext} input yields a well-formed article or a ParseError`, () => {
    fc.assert(
      fc.property(document, (text) => {
        try {
          checkArticle(parseArticle(`a${ext}`, Buffer.from(text)));
        } catch (e) {
          if (!(e instanceof ParseError)) throw e;
        }
      }),
      { numRuns: 150 },
    );
  });
}
