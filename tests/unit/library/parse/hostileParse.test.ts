import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArticle } from '../../../../electron/library/parse/parseArticle';
import { blocksToText } from '../../../../electron/library/parse/types';
import { hiddenCode, hostileCases } from '../../../fixtures/hostileCorpus';

const cases = hostileCases();

test('the hostile corpus has HTML and Markdown cases', () => {
  assert.ok(cases.filter((c) => c.file.endsWith('.html')).length >= 10);
  assert.ok(cases.filter((c) => c.file.endsWith('.md')).length >= 4);
});

for (const c of cases) {
  test(`hostile ${c.file}: its text survives; its scripts, handlers and unsafe links do not`, () => {
    const article = parseArticle(c.file, Buffer.from(c.source));
    const text = blocksToText(article.blocks);
    assert.ok(text.includes(c.marker), `the article's own text is kept (${c.marker})`);
    const code = hiddenCode(c.source);
    for (const snippet of code) assert.ok(!text.includes(snippet), `script or handler code became text: ${snippet}`);
    for (const block of article.blocks) {
      for (const mark of block.marks ?? []) {
        if (mark.style === 'link') assert.match(mark.href ?? '', /^https?:\/\/[^/]/, `link "${block.text.slice(mark.start, mark.end)}"`);
        else assert.equal(mark.href, undefined);
      }
    }
    assert.ok(article.url === null || /^https?:\/\//.test(article.url), `url ${article.url}`);
  });
}
