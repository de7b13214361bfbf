import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ARTICLE_EXTENSIONS, MAX_ARTICLE_BYTES, parseArticle } from '../../../../electron/library/parse/parseArticle';
import { ParseError } from '../../../../electron/library/parse/types';

const RUSSIAN =
  ' date 2025-08-31 Лукашенко встретился с Си Цзиньпином\n\nМИНСК, 31 августа /Корр. БЕЛТА/ - Президент Беларуси Александр Лукашенко встретился с Председателем КНР Си Цзиньпином в Тяньцзине, где проходит саммит Шанхайской организации сотрудничества.\n\nПо словам белорусского лидера, отношения двух стран находятся на самом высоком уровне, а сотрудничество в экономике и науке продолжает развиваться.\n';
const GERMAN =
  'Lukaschenko trifft Xi in Peking\n\nBerlin (dpa) - Der belarussische Machthaber Alexander Lukaschenko ist am Montag in Peking mit dem chinesischen Staatschef Xi Jinping zusammengetroffen. Beide Seiten wollen die Zusammenarbeit ausbauen.\n';

const utf16 = (s: string, bigEndian: boolean): Uint8Array => {
  const le = Buffer.from(s, 'utf16le');
  if (bigEndian) le.swap16();
  return Buffer.concat([Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]), le]);
};

describe('encodings', () => {
  const cases: Array<[name: string, bytes: Uint8Array, title: string, language: string]> = [
    ['UTF-8', Buffer.from(RUSSIAN), 'Лукашенко встретился с Си Цзиньпином', 'ru'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(GERMAN)]), 'Lukaschenko trifft Xi in Peking', 'de'],
    ['UTF-16 LE with BOM', utf16(RUSSIAN, false), 'Лукашенко встретился с Си Цзиньпином', 'ru'],
    ['UTF-16 BE with BOM', utf16(GERMAN, true), 'Lukaschenko trifft Xi in Peking', 'de'],
    ['Windows-1252', Buffer.from(GERMAN, 'latin1'), 'Lukaschenko trifft Xi in Peking', 'de'],
  ];
  for (const [name, bytes, title, language] of cases) {
    test(name, () => {
      const a = parseArticle('a.txt', bytes);
      assert.equal(a.title, title);
      assert.equal(a.language, language);
      assert.ok(!a.blocks[0]!.text.includes('\ufeff') && !a.blocks[0]!.text.includes('\ufffd'));
    });
  }

  test('Windows-1252 punctuation becomes the characters it stands for', () => {
    const bytes = Buffer.from([
      ...Buffer.from('Caf'),
      0xe9,
      0x20,
      0x93,
      ...Buffer.from('quoted'),
      0x94,
      0x20,
      0x96,
      ...Buffer.from(' dash, a longer line of text.'),
    ]);
    assert.equal(parseArticle('a.txt', bytes).title, 'Café “quoted” – dash, a longer line of text');
  });

  test('Windows line endings, tabs and no-break spaces are plain spaces and newlines', () => {
    const a = parseArticle('a.txt', Buffer.from('Headline\tof\u00a0the day\r\n\r\nFirst  paragraph\u200b of the text.\r\n'));
    assert.equal(a.title, 'Headline of the day');
    assert.deepEqual(a.blocks, [{ kind: 'p', text: 'First paragraph of the text.' }]);
  });
});

describe('files that cannot become articles', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]);
  const cases: Array<[name: string, file: string, bytes: Uint8Array, message: RegExp]> = [
    ['empty', 'a.txt', new Uint8Array(0), /empty/],
    ['only whitespace', 'a.txt', Buffer.from(' \n\t\r\n  \n'), /no text/],
    ['PNG bytes named .txt', 'photo.txt', png, /binary/],
    ['control characters throughout', 'a.txt', Buffer.from('ab\x01\x02\x03\x04cd\x05\x06\x07\x08'.repeat(20)), /binary/],
    ['unsupported extension', 'report.pdf', Buffer.from('%PDF-1.7'), /"\.pdf" are not supported/],
    ['no extension', 'README', Buffer.from('text'), /without extension/],
    ['only punctuation', 'a.txt', Buffer.from('...\n\n— . —\n'), /no text/],
    ['HTML with nothing but scripts', 'a.html', Buffer.from('<html><body><script>alert(1)</script></body></html>'), /no text/],
    ['Markdown with only front matter', 'a.md', Buffer.from('---\ndate: 2025-01-01\n---\n'), /no text/],
  ];
  for (const [name, file, bytes, message] of cases) {
    test(name, () => {
      assert.throws(
        () => parseArticle(file, bytes),
        (e: unknown) => e instanceof ParseError && message.test(e.message),
      );
    });
  }

  test('a file over the size limit', () => {
    assert.equal(MAX_ARTICLE_BYTES, 20 * 1024 * 1024);
    assert.throws(
      () => parseArticle('big.txt', new Uint8Array(MAX_ARTICLE_BYTES + 1)),
      (e: unknown) => e instanceof ParseError && /larger than 20 MB/.test(e.message),
    );
  });

  test('the importer can tell which extensions are read', () => {
    assert.deepEqual([...ARTICLE_EXTENSIONS].sort(), ['.htm', '.html', '.markdown', '.md', '.txt']);
    assert.doesNotThrow(() => parseArticle('UPPER.TXT', Buffer.from('Some words here.')));
  });
});

describe('files with text are never refused', () => {
  const parse = (file: string, text: string) => parseArticle(file, Buffer.from(text));

  test('a lead copied with the separator after the header: the lead gives the title, the date is kept', () => {
    const a = parse('a.txt', ' date 2019-09-13 . This is a penetrating description of the city. It goes on.\n\nA second paragraph follows here.\n');
    assert.equal(a.title, 'This is a penetrating description of the city');
    assert.equal(a.published, '2019-09-13');
    assert.equal(a.readAsPlainText, undefined);
    assert.equal(a.blocks[0]?.text, 'This is a penetrating description of the city. It goes on.');
  });

  test('a lead opening with an ellipsis or a dash', () => {
    assert.equal(parse('a.txt', '... and then the talks resumed in Minsk. More follows.').title, 'and then the talks resumed in Minsk');
    assert.equal(parse('a.md', '— . The talks resumed in Minsk. More follows.').title, 'The talks resumed in Minsk');
  });

  test('a lead without a letter: the next paragraph gives the title', () => {
    const a = parse('a.html', '<html><head><title> – </title></head><body><p>— . —</p><p>Real words here.</p></body></html>');
    assert.equal(a.title, 'Real words here');
  });

  const plainCases: Array<[cause: string, text: string, title: string]> = [
    ['only page furniture', 'Share\n\nFollow us\n\n(Web editor: A. B.)\n', 'Share'],
    ['only a byline', 'By Jane Roe\n', 'By Jane Roe'],
    ['only a clipping header', ' date 2019-09-13 \n', 'date 2019-09-13'],
    ['only a caption', 'Photo: the harbour at dawn\n', 'Photo: the harbour at dawn'],
  ];
  for (const [cause, text, title] of plainCases) {
    test(`${cause}: read as it stands`, () => {
      const a = parse('a.txt', text);
      assert.equal(a.title, title);
      assert.match(a.readAsPlainText ?? '', /none of its lines/);
    });
  }
});
