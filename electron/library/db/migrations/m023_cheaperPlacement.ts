import type { Migration } from '../Migration';

/**
 * Placing an imported article in a story costs less:
 * - Each entity's article count (`story_key_counts`) is raised by the statement that writes an article's keys
 *   (StoryIndex.writeKeys) rather than by a trigger on each key: the trigger made every multi-row key insert keep a
 *   statement journal, a temporary file inside the import's transaction. Deleted keys are still counted by trigger.
 */
export const m023CheaperPlacement: Migration = {
  version: 23,
  name: 'cheaperPlacement',
  up(db) {
    db.exec('DROP TRIGGER story_keys_counted');
  },
};
