import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEntities } from '../../../../../electron/library/entities/extract/extractEntities';
import { isRoleHead } from '../../../../../electron/library/entities/extract/lookup';
import { tokenize } from '../../../../../electron/library/entities/extract/tokenize';

const roleHead = (word: string): boolean => isRoleHead(tokenize(word)[0]!);

test('German compound titles are titles: the name after them starts after them', () => {
  for (const w of ['Wirtschaftssenatorin', 'Oberbürgermeister', 'Bundestrainer', 'Geschäftsführer', 'Jurypräsidentin', 'Konzernchef', 'Präsident'])
    assert.ok(roleHead(w), w);
  for (const w of ['Richter', 'Müller', 'Meister', 'Hofmeister', 'Kanister', 'Brandenburg']) assert.ok(!roleHead(w), w);
  const people = (text: string): string[] =>
    extractEntities(text, 'de')
      .entities.filter((e) => e.kind === 'person')
      .map((e) => e.name);
  assert.deepEqual(people('Die Gesundheitssenatorin Ina Czyborra sagte, die Kliniken seien vorbereitet.'), ['Ina Czyborra']);
  assert.deepEqual(people('Am Vormittag verkündete Richterin Sabine Kroll-Weber das Urteil, sagte ein Sprecher.'), ['Sabine Kroll-Weber']);
});
