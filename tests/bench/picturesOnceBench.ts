import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Library } from '../../electron/library/Library';
import { png } from '../fixtures/pictures';
import { round } from './stats';

const MB = 1024 * 1024;

/** How the bench records a target (bench.ts's `target`). */
type Target = (name: string, figure: number | null | undefined, unit: string, rule: '>=' | '<=', limit: number, note?: string) => void;

export interface PictureOnceFigures {
  pictureBytes: number;
  articles: number;
  storedPictures: number;
  /** What the `pictures` table holds (pages, overflow pages included) against the picture's own size: about 1 when kept once. */
  storedPerPictureByte: number;
  fileGrowthPerPictureByte: number;
}

/** A check that a picture shown by two articles is kept once (the library's size table by table is tableSizesBench's). */
export async function picturesOnceBench(tmp: string, target: Target): Promise<PictureOnceFigures> {
  const pictures = await pictureOnce(path.join(tmp, 'pictures'));
  target(
    'pictures: bytes stored for one picture shown by two articles, per byte of the picture',
    pictures.storedPerPictureByte,
    'ratio',
    '<=',
    1.1,
    `${pictures.storedPictures} stored for ${pictures.articles} articles`,
  );
  return pictures;
}

/** Two saved pages showing the same picture (1 MB that does not compress) imported into a fresh library. */
async function pictureOnce(dir: string): Promise<PictureOnceFigures> {
  fs.mkdirSync(path.join(dir, 'Page_files'), { recursive: true });
  const picture = Buffer.concat([png(64, 48), randomBytes(MB)]);
  fs.writeFileSync(path.join(dir, 'Page_files', 'harbour.png'), picture);
  const pages = ['First', 'Second'].map((name) => {
    const file = path.join(dir, `${name}.html`);
    const words = `${name} report from the harbour, where the talks on container traffic went on for a third day with delegations from several countries. `;
    fs.writeFileSync(
      file,
      `<!doctype html><html><head><title>${name} report</title></head><body><article><h1>${name} report</h1><p>${words.repeat(4)}</p>` +
        `<figure><img src="Page_files/harbour.png" alt="The harbour"><figcaption>The harbour.</figcaption></figure><p>${words.repeat(3)}</p></article></body></html>`,
    );
    return file;
  });
  const file = path.join(dir, 'library.sqlite');
  const library = Library.create(file);
  let before: number;
  try {
    library.db.pragma('wal_checkpoint(TRUNCATE)');
    before = fs.statSync(file).size;
    await library.import(pages);
    library.db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    library.close();
  }
  const db = new Database(file, { readonly: true });
  try {
    const stored = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM pictures').get()!.n;
    const articles = db.prepare<[], { n: number }>('SELECT count(DISTINCT article_id) AS n FROM article_pictures').get()!.n;
    const bytes = db.prepare<[], { bytes: number }>("SELECT sum(pgsize) AS bytes FROM dbstat WHERE name = 'pictures'").get()!.bytes;
    return {
      pictureBytes: picture.length,
      articles,
      storedPictures: stored,
      storedPerPictureByte: round(bytes / picture.length, 3),
      fileGrowthPerPictureByte: round((fs.statSync(file).size - before) / picture.length, 3),
    };
  } finally {
    db.close();
  }
}
