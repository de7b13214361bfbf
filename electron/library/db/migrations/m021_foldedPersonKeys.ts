import type { Migration } from '../Migration';

/**
 * A person's key now folds the vowels East Slavic spellings of one name write differently ("Sabalenka" and
 * "Соболенко" are one key: entityKey's foldVowels). Entities get their new keys when the library is extracted again,
 * which a raised extractor version starts on opening; the user's corrections name entities by key, so they are
 * rewritten here to follow. The fold is written out rather than imported, so this step stays what it was when later
 * code changes; it is the last step of a key, so applying it to a stored key gives the key the extractor now makes.
 */
export const m021FoldedPersonKeys: Migration = {
  version: 21,
  name: 'foldedPersonKeys',
  up(db) {
    // A merge's value is the key merged into; every other action's value is a name, a kind or a flag.
    const rows = db.prepare("SELECT id, action, key, value FROM entity_corrections WHERE key LIKE 'person:%' OR (action = 'merge' AND value LIKE 'person:%')");
    const update = db.prepare('UPDATE entity_corrections SET key = ?, value = ? WHERE id = ?');
    for (const { id, action, key, value } of rows.all() as { id: number; action: string; key: string; value: string }[]) {
      update.run(personKey(key), action === 'merge' ? personKey(value) : value, id);
    }
  },
};

function personKey(key: string): string {
  if (!key.startsWith('person:')) return key;
  const words = key.slice('person:'.length).split(' ');
  const fold = (w: string) => w.replace(/o/g, 'a').replace(/y/g, 'i');
  return 'person:' + words.map((w, i) => (i === words.length - 1 ? fold(w) : fold(w.slice(0, -1)) + w.slice(-1))).join(' ');
}
