import { findDates } from './findDates';
import { resolveEntities } from './resolveEntities';
import { scanText } from './scanText';
import { tokenize } from './tokenize';
import type { Extraction } from './types';

export type { EntityKind, Extraction, FoundDate, FoundEntity, Mention } from './types';
export { entityKey } from './entityKey';

/** People, places and organisations in an article's plain text, with offsets, and the dates it names. */
export function extractEntities(text: string, language: string | null): Extraction {
  const tokens = tokenize(text);
  return { entities: resolveEntities(text, tokens, scanText(tokens, language)), dates: findDates(text, language) };
}
