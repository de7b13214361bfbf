/** What a ranking worker starts with. */
export interface RankingWorkerData {
  file: string;
  nativeBinding: string | undefined;
}

/** Rank `match`'s rows from rowid `from` on, `depth` of them, and answer in `shared` (rankingAnswer). */
export interface RankingAsk {
  match: string;
  from: number;
  depth: number;
  shared: SharedArrayBuffer;
}

/** The answer's state: asked, then answered or failed. */
export const [ASKED, ANSWERED, FAILED] = [0, 1, 2];

/** Memory for an answer of up to `depth` rows. */
export const answerMemory = (depth: number) => new SharedArrayBuffer(8 + 12 * depth);

/** An answer's parts: its state and row count, then the rows' scores and ids. */
export function rankingAnswer(shared: SharedArrayBuffer, depth: number) {
  return { state: new Int32Array(shared, 0, 2), scores: new Float64Array(shared, 8, depth), ids: new Int32Array(shared, 8 + 8 * depth, depth) };
}
