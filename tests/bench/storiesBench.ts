// The stories' clustering measured: pairwise precision, recall and F1 against a labelled set (tests/fixtures/stories/),
// the time placing an article adds to its import (placementInImport.ts), and a full re-clustering, on the bench's large library.
// Alone: node --import tsx tests/bench/storiesBench.ts [labelled folder]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Library } from '../../electron/library/Library';
import { placementInImport, type PlacementInImport } from './placementInImport';
import { round } from './stats';

export const STORY_SET = path.join(__dirname, '..', 'fixtures', 'stories');

/** labels.json: each story's files (a story of one file included). */
interface Labels {
  stories: Record<string, string[]>;
}

export interface PairScores {
  articles: number;
  stories: number;
  /** Pairs of articles put in one story, and of those, pairs the labels put in one story too. */
  predictedPairs: number;
  truePairs: number;
  correctPairs: number;
  precision: number;
  recall: number;
  f1: number;
  /** The pairs missed and the pairs wrongly joined, by file, to tune against. */
  missed: string[];
  wrong: string[];
}

/** Pairwise precision, recall and F1 of a clustering (file → story) against the labels (file → labelled story). */
export function pairScores(predicted: ReadonlyMap<string, number>, labels: Labels): PairScores {
  const truth = new Map<string, string>();
  for (const [story, files] of Object.entries(labels.stories)) for (const file of files) truth.set(file, story);
  const files = [...predicted.keys()].sort();
  let predictedPairs = 0;
  let truePairs = 0;
  let correctPairs = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const [a, b] = [files[i]!, files[j]!];
      const together = predicted.get(a) === predicted.get(b);
      const labelled = truth.has(a) && truth.get(a) === truth.get(b);
      if (together) predictedPairs++;
      if (labelled) truePairs++;
      if (together && labelled) correctPairs++;
      if (labelled && !together) missed.push(`${a} ~ ${b}`);
      if (together && !labelled) wrong.push(`${a} ~ ${b}`);
    }
  }
  const precision = predictedPairs === 0 ? 1 : correctPairs / predictedPairs;
  const recall = truePairs === 0 ? 1 : correctPairs / truePairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const stories = new Set(predicted.values()).size;
  return {
    articles: files.length,
    stories,
    predictedPairs,
    truePairs,
    correctPairs,
    precision: round(precision, 3),
    recall: round(recall, 3),
    f1: round(f1, 3),
    missed,
    wrong,
  };
}

/** Imports the labelled folder into a new library, as the reader would, and scores the stories it formed. */
export async function measureStorySet(dir = STORY_SET): Promise<PairScores> {
  const labels = JSON.parse(fs.readFileSync(path.join(dir, 'labels.json'), 'utf8')) as Labels;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-stories-'));
  const library = Library.create(path.join(tmp, 'library.sqlite'));
  try {
    // The labelled files only: the folder also holds its README.
    await library.import(Object.values(labels.stories).flatMap((files) => files.map((file) => path.join(dir, file))));
    const rows = library.db.prepare('SELECT a.file, s.story_id AS story FROM articles a JOIN story_features s ON s.article_id = a.id').all() as {
      file: string;
      story: number;
    }[];
    return pairScores(new Map(rows.map((r) => [path.relative(dir, r.file), r.story])), labels);
  } finally {
    library.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export interface StoriesFigures {
  labelled: Omit<PairScores, 'missed' | 'wrong'> & { missed: number; wrong: number };
  /** The main thread's CPU time placing adds to an import of new articles into the large library, per article. */
  inImport: PlacementInImport | null;
  /**
   * Placing one article alone (features, candidates, scoring, writes) as its import does, in CPU time: less than in an
   * import, whose other writes take the stories' pages out of the cache.
   */
  placeCpuMsPerArticle: number | null;
  reclusterSeconds: number | null;
  libraryArticles: number | null;
}

/** The whole section: the labelled set, and the timings on `large` (the bench's large library) when given. */
export async function storiesBench(large: Library | undefined, dir = STORY_SET): Promise<StoriesFigures> {
  const { missed, wrong, ...scores } = await measureStorySet(dir);
  const figures: StoriesFigures = {
    labelled: { ...scores, missed: missed.length, wrong: wrong.length },
    inImport: null,
    placeCpuMsPerArticle: null,
    reclusterSeconds: null,
    libraryArticles: null,
  };
  if (!large) return figures;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-placement-'));
  try {
    figures.inImport = await placementInImport(large, work);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  const ids = (large.db.prepare('SELECT id FROM articles ORDER BY random() LIMIT 1000').all() as { id: number }[]).map((r) => r.id);
  figures.libraryArticles = large.articles.count();
  // Each sampled article is first taken out of the stories (untimed), so that placing it is what its import does: an
  // article new to the stories, its text in hand. All of it is rolled back, leaving the library as it was.
  // Its keys and its place in a story go with its features row.
  const forget = large.db.prepare('DELETE FROM story_features WHERE article_id = ?');
  const bodyOf = large.db.prepare('SELECT body FROM articles WHERE id = ?').pluck();
  let cpuMs = 0;
  const rollback = new Error('rolled back');
  try {
    large.db.transaction(() => {
      for (const id of ids) {
        forget.run(id);
        const body = bodyOf.get(id) as string;
        const cpu = process.cpuUsage();
        large.stories.place(id, body);
        const used = process.cpuUsage(cpu);
        cpuMs += (used.user + used.system) / 1000;
      }
      throw rollback;
    })();
  } catch (err) {
    if (err !== rollback) throw err;
  }
  figures.placeCpuMsPerArticle = round(cpuMs / ids.length, 3);
  const reclusterStart = performance.now();
  const jobId = large.reclustering.start(true);
  const status = jobId === null ? undefined : await large.reclustering.finished(jobId);
  if (status?.error) throw new Error(status.error);
  figures.reclusterSeconds = round((performance.now() - reclusterStart) / 1000, 1);
  return figures;
}

if (require.main === module) {
  void measureStorySet(process.argv[2] ? path.resolve(process.argv[2]) : STORY_SET).then((scores) =>
    process.stdout.write(`${JSON.stringify(scores, null, 2)}\n`),
  );
}
