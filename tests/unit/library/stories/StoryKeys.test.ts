import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DAY_WINDOW } from '../../../../electron/library/stories/StoryKeys';
import { tempLibrary } from '../../helpers/tempLibrary';

const DAY = 20_000;

test("each entity's keys near a day are its first 200 of the week in key order, from both tables", () => {
  const library = tempLibrary();
  const keys = library.stories.index.keys;
  let article = 0;
  // Keys of entity `entity` for `count` new articles, spread over the week around DAY and the weeks either side.
  const write = (entity: number, count: number, spread = 1) => {
    for (let i = 0; i < count; i++) {
      const day = DAY - DAY_WINDOW * spread + (i % (2 * DAY_WINDOW * spread + 1));
      keys.write(++article, day, 'en', new Map([[entity, 4 + (i % 3)]]), JSON.stringify([entity, 4]));
    }
  };
  // 3 and 7: more keys in the week than an entity is read for, 7's in both tables; 9: keys on other weeks only.
  write(7, 300);
  write(3, 700, 2);
  write(4, 150);
  write(12, 40, 3);
  write(5, 2);
  keys.moveRecent();
  write(7, 150);
  write(12, 25, 3);
  write(9, 4, 9);

  const expected = library.db.prepare<{ entity: number; from: number; to: number }, [number, number]>(
    `SELECT (day << 32) + article_id, code FROM (SELECT day, article_id, code FROM story_keys WHERE entity_id = @entity AND day BETWEEN @from AND @to
    UNION ALL SELECT day, article_id, code FROM story_keys_recent WHERE entity_id = @entity AND day BETWEEN @from AND @to) ORDER BY day, article_id LIMIT 200`,
  );
  const entities = [12, 7, 40, 3, 9, 5, 4];
  const near = keys.near(entities, DAY);
  assert.deepEqual([...near.keys()], entities);
  for (const entity of entities) {
    const want = expected.raw().all({ entity, from: DAY - DAY_WINDOW, to: DAY + DAY_WINDOW });
    assert.deepEqual(near.get(entity), want, `entity ${entity}`);
  }
  assert.deepEqual(
    entities.map((e) => near.get(e)!.length),
    [21, 200, 0, 200, 0, 2, 150],
  );
});
