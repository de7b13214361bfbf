import assert from 'node:assert/strict';
import { test } from 'node:test';
import { awkwardLibrary } from '../../helpers/awkwardLibrary';

test('tags are added to many articles at once, keeping the tags each has, and counted once per new pair', () => {
  const library = awkwardLibrary();
  const { tags } = library.annotations;
  assert.deepEqual(tags.forArticle(1), ['Economy', 'long read']);
  assert.equal(tags.addToArticles([1, 2, 3], ['#economy', 'To read']), 5, 'article 1 had Economy already');
  assert.deepEqual(tags.forArticle(1), ['Economy', 'long read', 'To read']);
  assert.deepEqual(tags.forArticle(3), ['Economy', 'To read']);
  assert.equal(tags.addToArticles([1, 2, 3], ['to read']), 0);
  assert.throws(() => tags.addToArticles([1, 2], ['x'.repeat(101)]), /at most 100 characters/);
  assert.deepEqual(tags.forArticle(2), ['Economy', 'To read'], 'a refused batch adds nothing');
});
