import type { EntityKind, Mention } from '../../../common/shapes/entityShapes';

/** What the entity extractor finds in an article's plain text (see blocksToText). */

export type { EntityKind, Mention };

export interface FoundEntity {
  /** Library-wide identity (entityKey): equal keys are one entity across articles and languages. */
  key: string;
  kind: EntityKind;
  /** Canonical display name, the fullest form (e.g. "Alexander Lukashenko"). */
  name: string;
  /** The other names seen for it in this text ("Lukashenko", "CPC"); descriptions such as "Belarusian leader" are mentions, not aliases. */
  aliases: string[];
  mentions: Mention[];
}

/** A date named in the text, kept for a timeline. */
export interface FoundDate {
  start: number;
  end: number;
  text: string;
  /** As much of YYYY-MM-DD as the text states ("2023-12", "2023-12-05"), or null when it gives no year. */
  iso: string | null;
}

export interface Extraction {
  entities: FoundEntity[];
  dates: FoundDate[];
}
