import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractEntities } from '../../../../../electron/library/entities/extract/extractEntities';

test('a capitalised Russian adjective before a region noun is a region, and the name after it is the person', () => {
  const text = 'Губернатор Тамбовской области Максим Егоров заявил, что дороги отремонтируют к осени.';
  const found = extractEntities(text, 'ru').entities.map((e) => `${e.kind}:${e.name}`);
  // A first-level region is known in every language by its English name.
  assert.deepEqual(found, ['place:Tambov Oblast', 'person:Максим Егоров']);
  const district = extractEntities('Глава Заречного района Максим Егоров заявил, что дороги отремонтируют.', 'ru').entities.map((e) => `${e.kind}:${e.name}`);
  assert.deepEqual(district, ['place:Заречного района', 'person:Максим Егоров']);
});
