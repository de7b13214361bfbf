import { useEffect, useState } from 'react';
import type { ResponseOf } from '../../../electron/api/contract';
import { api } from '../api/client';
import { byline, formatDate } from '../format';
import { BlockView } from './BlockView';

type Article = ResponseOf<'articles.get'>['article'];

/** The right pane: the chosen article, set for reading. */
export function ArticleView({ id }: { id: number | null }) {
  const [article, setArticle] = useState<Article | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (id === null) return setArticle(null);
    let current = true;
    setError(null);
    api.invoke('articles.get', { id }).then(
      (r) => current && setArticle(r.article),
      (err: Error) => current && setError(err.message),
    );
    return () => void (current = false);
  }, [id]);

  if (error) return <main className="article-pane"><p className="error" role="alert">{error}</p></main>;
  if (!article) return <main className="article-pane"><p className="empty">Choose an article to read it.</p></main>;
  return (
    <main className="article-pane" aria-label="Article">
      <article className="article" lang={article.language ?? undefined}>
        <h1>{article.title}</h1>
        <p className="byline">{byline([article.source, article.author, formatDate(article.published), article.dateline])}</p>
        <div className="article-body">
          {article.paragraphs.map((block, i) => <BlockView key={i} block={block} />)}
        </div>
      </article>
    </main>
  );
}
