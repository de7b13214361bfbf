import type { Migration } from '../Migration';

/**
 * Placing an imported article in a story costs less:
 * - Each entity's article count (`story_key_counts`) is raised by the statement that writes an article's keys
 *   (StoryIndex.writeKeys) rather than by a trigger on each key: the trigger made every multi-row key insert keep a
 *   statement journal, a temporary file inside the import's transaction. Deleted keys are still counted by trigger.
 * - An article's MinHash signature keeps the low 16 bits of each of its 32 minimums (stories/minHash.ts): 64 bytes
 *   where it was 128, half the bytes in a candidate's row. A bin no shingle fell in, all ones, stays all ones.
 */
export const m023CheaperPlacement: Migration = {
  version: 23,
  name: 'cheaperPlacement',
  up(db) {
    // Written out rather than imported, so this step stays what it was: 32-bit values, little-endian, each cut to its low half.
    db.function('story_minhash16', { deterministic: true }, (blob) => {
      const bytes = blob as Buffer;
      const half = Buffer.alloc(bytes.length / 2);
      for (let at = 0; at + 4 <= bytes.length; at += 4) half.writeUInt16LE(bytes.readUInt16LE(at), at / 2);
      return half;
    });
    db.exec(`
      DROP TRIGGER story_keys_counted;
      UPDATE story_features SET minhash = story_minhash16(minhash);
    `);
  },
};
