import { useEffect, useState, type FormEvent } from 'react';
import type { ResponseOf } from '../../../electron/common/contract/contract';
import { api } from '../api/client';
import { KIND_LABEL } from './EntityLegend';

type Entity = ResponseOf<'entities.page'>['entity'];
type Kind = Entity['kind'];
type Summary = ResponseOf<'entities.list'>['entities'][number];

interface Props {
  entity: Entity;
  /** After a rename or a change of kind: show the entity again. */
  onChanged(): void;
  /** After hiding or merging: this entity is gone from the reader. */
  onGone(): void;
}

/** Fixes for what the extractor got wrong. They are stored and re-applied after every re-import and re-extraction. */
export function EntityCorrections({ entity, onChanged, onGone }: Props) {
  const [name, setName] = useState(entity.name);
  const [mergeName, setMergeName] = useState('');
  const [candidates, setCandidates] = useState<Summary[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setName(entity.name), [entity.name]);
  useEffect(() => {
    if (!mergeName.trim()) return setCandidates([]);
    let current = true;
    void api
      .invoke('entities.list', { kind: entity.kind, query: mergeName, limit: 20 })
      .then((r) => current && setCandidates(r.entities.filter((e) => e.id !== entity.id)));
    return () => void (current = false);
  }, [mergeName, entity.id, entity.kind]);

  const run = (request: Parameters<typeof api.invoke<'entities.correct'>>[1], after: () => void) =>
    api.invoke('entities.correct', request).then(
      () => (setError(null), after()),
      (err: Error) => setError(err.message),
    );

  const rename = (e: FormEvent) => {
    e.preventDefault();
    if (name.trim() && name.trim() !== entity.name) void run({ action: 'rename', id: entity.id, name: name.trim() }, onChanged);
  };
  const merge = (e: FormEvent) => {
    e.preventDefault();
    const target = candidates.find((c) => c.name.toLowerCase() === mergeName.trim().toLowerCase()) ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (!target) return setError(`Choose one of the ${KIND_LABEL[entity.kind].toLowerCase()} entities listed to merge into.`);
    void run({ action: 'merge', id: entity.id, into: target.id }, onGone);
  };

  return (
    <details className="entity-corrections">
      <summary>Correct this entity</summary>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <form onSubmit={rename}>
        <label>
          Name <input value={name} onChange={(e) => setName(e.target.value)} aria-label="New name" />
        </label>
        <button type="submit">Rename</button>
      </form>
      <form onSubmit={(e) => e.preventDefault()}>
        <label>
          Kind{' '}
          <select
            value={entity.kind}
            aria-label="Kind"
            onChange={(e) => void run({ action: 'setKind', id: entity.id, kind: e.target.value as Kind }, onChanged)}
          >
            {(Object.keys(KIND_LABEL) as Kind[]).map((k) => (
              <option key={k} value={k}>
                {KIND_LABEL[k]}
              </option>
            ))}
          </select>
        </label>
      </form>
      <form onSubmit={merge}>
        <label>
          Same as{' '}
          <input
            list={`merge-${entity.id}`}
            value={mergeName}
            onChange={(e) => setMergeName(e.target.value)}
            aria-label="Merge into"
            placeholder="another name…"
          />
        </label>
        <datalist id={`merge-${entity.id}`}>
          {candidates.map((c) => (
            <option key={c.id} value={c.name} />
          ))}
        </datalist>
        <button type="submit">Merge</button>
      </form>
      <button type="button" onClick={() => void run({ action: 'hide', id: entity.id, hidden: true }, onGone)}>
        Hide: not a real {KIND_LABEL[entity.kind].toLowerCase()}
      </button>
    </details>
  );
}
