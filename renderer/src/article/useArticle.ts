import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { api } from '../api/client';

export type Article = ResponseOf<'articles.get'>['article'];
export type Entity = ResponseOf<'entities.forArticle'>['entities'][number];

const NO_ENTITIES: Entity[] = [];

/**
 * Article `id` and the entities found in it. The entities are fetched again when `entitiesRevision` moves (a
 * re-extraction ended) and on `reloadEntities`, after a correction made in the reader (a span marked as an
 * entity, an entity renamed or hidden on its page) may have changed them; both again on `reloadArticle`, after its
 * text was changed (an earlier version restored).
 */
export function useArticle(id: number | null, entitiesRevision: number) {
  const [article, setArticle] = useState<Article | null>(null);
  const [entities, setEntities] = useState<{ articleId: number; list: Entity[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [corrections, setCorrections] = useState(0);
  const [textRevision, setTextRevision] = useState(0);

  useEffect(() => {
    if (id === null) return setArticle(null);
    let current = true;
    setError(null);
    api.invoke('articles.get', { id }).then(
      (r) => current && setArticle(r.article),
      (err: Error) => current && setError(err.message),
    );
    return () => void (current = false);
  }, [id, textRevision]);

  useEffect(() => {
    if (id === null) return;
    let current = true;
    // Without marks the article still reads well: a failure here is not worth an error, and it settles as none.
    const settle = (list: Entity[]) => current && setEntities({ articleId: id, list });
    api.invoke('entities.forArticle', { articleId: id }).then(
      (r) => settle(r.entities),
      () => settle(NO_ENTITIES),
    );
    return () => void (current = false);
  }, [id, entitiesRevision, corrections, textRevision]);

  const reloadEntities = useCallback(() => setCorrections((n) => n + 1), []);
  const reloadArticle = useCallback(() => setTextRevision((n) => n + 1), []);
  const found = useMemo(() => (entities?.articleId === id ? entities.list : NO_ENTITIES), [entities, id]);
  return { article: article?.id === id ? article : null, entities: found, entitiesLoaded: entities?.articleId === id, error, reloadEntities, reloadArticle };
}
