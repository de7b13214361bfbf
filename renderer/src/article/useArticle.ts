import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { api } from '../api/client';

export type Article = ResponseOf<'articles.get'>['article'];
export type Entity = ResponseOf<'entities.forArticle'>['entities'][number];

const NO_ENTITIES: Entity[] = [];
/** The article shown, the one asked for next, and one more a quick change of the list asked for. */
const KEPT_ENTITIES = 3;

/**
 * Article `id` and the entities found in it. The entities are fetched again when `entitiesRevision` moves (a
 * re-extraction ended) and on `reloadEntities`, after a correction made in the reader (a span marked as an
 * entity, an entity renamed or hidden on its page) may have changed them; both again on `reloadArticle`, after its
 * text was changed (an earlier version restored). Until `id` has come, the article before it stays shown, rather
 * than an empty pane; `waitMs`: how long to wait before asking for it, so that an article the list chose as it
 * changed is not fetched and drawn while the next change is already coming (a query being typed).
 */
export function useArticle(id: number | null, entitiesRevision: number, waitMs = 0) {
  const [article, setArticle] = useState<Article | null>(null);
  // The entities of the last few articles asked for: the next one's may come before its text, while the one before
  // is still shown with its own.
  const [entities, setEntities] = useState<readonly { articleId: number; list: Entity[]; asked: string }[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [corrections, setCorrections] = useState(0);
  const [textRevision, setTextRevision] = useState(0);
  // What waits now, asked at once when the wait is called off (the reader chose the article the list had chosen).
  const waiting = useRef(new Set<() => void>());
  // Only a move to another article waits: what is asked again of the one shown (after a correction, a restored version) is asked at once.
  const later = useEffectEvent((forId: number, ask: () => void) => wait(article?.id === forId ? 0 : waitMs, ask, waiting.current));
  // The text revision the article shown was fetched at: a list that comes back to it (A, B, A within the pause; j then
  // k before the next article came) asks for nothing, its entities kept under the same revisions included. Another
  // article kept is asked for again, entities too: its text may have changed since (a feed refreshed, a file re-imported).
  const drawnAt = useRef(-1);
  const shows = useEffectEvent((forId: number) => article?.id === forId && drawnAt.current === textRevision);
  const kept = useEffectEvent((forId: number, asked: string) => entities.some((e) => e.articleId === forId && e.asked === asked));

  useEffect(() => {
    if (id === null) return setArticle(null);
    setError(null);
    if (shows(id)) return;
    let current = true;
    const cancel = later(id, () =>
      api.invoke('articles.get', { id }).then(
        (r) => {
          if (!current) return;
          drawnAt.current = textRevision;
          setArticle(r.article);
        },
        (err: Error) => current && setError(err.message),
      ),
    );
    return () => {
      current = false;
      cancel();
    };
  }, [id, textRevision]);

  useEffect(() => {
    const asked = `${entitiesRevision} ${corrections} ${textRevision}`;
    if (id === null || (shows(id) && kept(id, asked))) return;
    let current = true;
    // Without marks the article still reads well: a failure here is not worth an error, and it settles as none.
    const settle = (list: Entity[]) =>
      current && setEntities((held) => [{ articleId: id, list, asked }, ...held.filter((e) => e.articleId !== id)].slice(0, KEPT_ENTITIES));
    const cancel = later(id, () =>
      api.invoke('entities.forArticle', { articleId: id }).then(
        (r) => settle(r.entities),
        () => settle(NO_ENTITIES),
      ),
    );
    return () => {
      current = false;
      cancel();
    };
  }, [id, entitiesRevision, corrections, textRevision]);

  useEffect(() => {
    if (waitMs === 0) for (const ask of [...waiting.current]) ask();
  }, [waitMs]);

  const reloadEntities = useCallback(() => setCorrections((n) => n + 1), []);
  const reloadArticle = useCallback(() => setTextRevision((n) => n + 1), []);
  const shown = id === null ? null : article;
  const own = shown && entities.find((e) => e.articleId === shown.id);
  return { article: shown, entities: own?.list ?? NO_ENTITIES, entitiesLoaded: Boolean(own), error, reloadEntities, reloadArticle };
}

/**
 * Runs `ask` after `waitMs` (at once for 0); what it returns cancels it if it has not run. While it waits it is in
 * `waiting`, whence it may be run sooner, once.
 */
function wait(waitMs: number, ask: () => void, waiting: Set<() => void>): () => void {
  if (waitMs === 0) {
    ask();
    return () => {};
  }
  const run = () => {
    clearTimeout(timer);
    if (waiting.delete(run)) ask();
  };
  const timer = setTimeout(run, waitMs);
  waiting.add(run);
  return () => {
    clearTimeout(timer);
    waiting.delete(run);
  };
}
