import { useEffect, useMemo, useState } from 'react';
import type { VersionText } from '../../../electron/common/shapes/versionShapes';
import { api } from '../api/client';
import { wordDiff } from './wordDiff';

interface Props {
  articleId: number;
  from: number;
  to: number;
  onError(message: string): void;
}

const plural = (n: number, noun: string) => `${n.toLocaleString()} ${noun}${n === 1 ? '' : 's'}`;

/** Two versions of an article's text, word by word: what the later one inserted and deleted, each marked as such in words too. */
export function VersionDiff({ articleId, from, to, onError }: Props) {
  const [texts, setTexts] = useState<{ key: string; from: VersionText; to: VersionText } | null>(null);
  const key = `${articleId}:${from}:${to}`;
  useEffect(() => {
    let live = true;
    Promise.all([api.invoke('articles.version', { id: articleId, version: from }), api.invoke('articles.version', { id: articleId, version: to })]).then(
      ([a, b]) => live && setTexts({ key, from: a.version, to: b.version }),
      (err: Error) => live && onError(err.message),
    );
    return () => {
      live = false;
    };
  }, [articleId, from, to, key, onError]);
  // Once per pair of texts, not at each render of the dialog.
  const diff = useMemo(() => texts && wordDiff(texts.from.body, texts.to.body), [texts]);
  if (!texts || texts.key !== key) return <p className="version-diff-status">Comparing…</p>;
  if (!diff) return <p className="version-diff-status">These two versions differ too much to compare word by word.</p>;
  const titleChanged = texts.from.title !== texts.to.title;
  return (
    <>
      <p className="version-diff-status" role="status">
        {diff.added + diff.removed === 0 ? 'The two texts are the same.' : `${plural(diff.added, 'word')} inserted, ${plural(diff.removed, 'word')} deleted.`}
        {titleChanged && ` The title was “${texts.from.title}”.`}
      </p>
      <div className="version-diff" aria-label={`Version ${to} compared with version ${from}`} tabIndex={0}>
        {diff.segments.map((s, i) => (s.kind === 'ins' ? <ins key={i}>{s.text}</ins> : s.kind === 'del' ? <del key={i}>{s.text}</del> : s.text))}
      </div>
    </>
  );
}
