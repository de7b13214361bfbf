import { useEffect, useRef, useState } from 'react';
import type { ComparedArticle } from '../../../electron/common/contract/storiesContract';
import { api } from '../api/client';

interface Props {
  a: number;
  b: number;
  onClose(): void;
}

function Side({ article, id }: { article: ComparedArticle; id: string }) {
  const only = article.sentences.filter((s) => !s.shared).length;
  return (
    <section className="compare-side" aria-labelledby={id} lang={article.language ?? undefined}>
      <h3 id={id}>{article.title}</h3>
      <p className="compare-meta">
        {[article.source, article.language, article.published].filter(Boolean).join(' · ')} — {only} of {article.sentences.length} sentences only here
      </p>
      <ol className="compare-sentences">
        {article.sentences.map((s, i) => (
          <li key={i} className={s.shared ? 'shared' : 'only'}>
            {!s.shared && <span className="compare-tag">Only here: </span>}
            {s.text}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Two articles side by side, the sentences only one of them reports marked: what each outlet adds. */
export function CompareView({ a, b, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [pair, setPair] = useState<{ a: ComparedArticle; b: ComparedArticle } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  useEffect(() => {
    let live = true;
    api.invoke('stories.compare', { a, b }).then(
      (answer) => live && setPair(answer),
      (err: unknown) => live && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => void (live = false);
  }, [a, b]);
  return (
    <dialog ref={dialog} className="compare-dialog" aria-labelledby="compare-title" onClose={onClose} onKeyDown={(e) => e.stopPropagation()}>
      <div className="compare-head">
        <h2 id="compare-title">Compare two reports</h2>
        <button type="button" className="tool-button" autoFocus onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {pair ? (
        <div className="compare-columns">
          <Side article={pair.a} id="compare-a" />
          <Side article={pair.b} id="compare-b" />
        </div>
      ) : (
        !error && <p aria-live="polite">Comparing…</p>
      )}
    </dialog>
  );
}
