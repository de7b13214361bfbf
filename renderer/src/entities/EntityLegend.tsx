import type { ResponseOf } from '../../../electron/common/contract/contract';
import './entities.css';

export type EntityKind = ResponseOf<'entities.get'>['entity']['kind'];

export const KIND_LABEL: Record<EntityKind, string> = { person: 'Person', place: 'Place', org: 'Organisation' };

interface Props {
  marks: boolean;
  onMarks(on: boolean): void;
}

/** What each kind's underline looks like (colour and line style, so colour is never the only cue), and the switch. */
export function EntityLegend({ marks, onMarks }: Props) {
  return (
    <div className="entity-legend" role="group" aria-label="Entity marks">
      <label>
        <input type="checkbox" checked={marks} onChange={(e) => onMarks(e.currentTarget.checked)} /> Mark people, places and organisations
      </label>
      {marks && (
        <span className="entity-legend-kinds">
          {(Object.keys(KIND_LABEL) as EntityKind[]).map((kind) => (
            <span key={kind} className={`entity-mark entity-${kind} entity-sample`}>
              {KIND_LABEL[kind]}
            </span>
          ))}
        </span>
      )}
    </div>
  );
}
