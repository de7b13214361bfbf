import type { Entry } from './lookup';
import type { Token } from './tokenize';
import type { EntityKind } from './types';

/** One name or description found in the text, before document-level resolution. */
export interface Hit {
  kind: EntityKind;
  /** Offsets into the text. */
  start: number;
  end: number;
  /** The gazetteer's (or this text's) entity; null for a person not yet resolved. */
  entry: Entry | null;
  /** Normalised words of a person's name. */
  words: string[];
  country: string | null;
  role: string | null;
  /** A description ("Belarusian leader") that names whoever fits it. */
  descriptor: boolean;
}

/** A hit over tokens [from, to); a genitive's "s" is not part of the name. */
export const newHit = (tokens: readonly Token[], kind: EntityKind, from: number, to: number, entry: Entry | null, genitive = false): Hit => ({
  kind,
  start: tokens[from]!.start,
  end: tokens[to - 1]!.end - (genitive ? 1 : 0),
  entry,
  words: [],
  country: null,
  role: null,
  descriptor: false,
});
