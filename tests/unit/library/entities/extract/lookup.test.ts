import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEntities } from '../../../../../electron/library/entities/extract/extractEntities';
import { isRole, isRoleHead, mayBeRoleOrNationality, nationality } from '../../../../../electron/library/entities/extract/lookup';
import * as W from '../../../../../electron/library/entities/extract/gazetteer/words';
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

test('a word that may be neither a title nor a nationality is neither, in any case or inflection', () => {
  const lists = [W.ROLE_HEADS, W.ROLE_MODIFIERS, ...Object.values(W.NATIONALITIES)].join(' ');
  const forms = lists.split(/\s+/).flatMap((w) => [w, w.toLowerCase(), `${w}en`, `${w}e`, `${w.charAt(0).toUpperCase()}${w.slice(1)}`]);
  const words = `${forms.join(' ')} the of said Minister minister Chinese chinesischen белорусского Gesundheitssenatorin`;
  for (const t of tokenize(words)) if (!mayBeRoleOrNationality(t)) assert.ok(!isRole(t) && nationality(t) === null, t.text);
  assert.ok(!mayBeRoleOrNationality(tokenize('said')[0]!));
});
