import { findDates } from './findDates';
import { capitalisesNouns } from './nameEvidence';
import { orgsByEvidence } from './orgEvidence';
import { resolveEntities } from './resolveEntities';
import { scanChinese } from './scanChinese';
import { scanText } from './scanText';
import { tokenize } from './tokenize';
import type { Extraction } from './types';

export type { EntityKind, Extraction, FoundDate, FoundEntity, Mention } from './types';
export { entityKey } from './entityKey';

/** People, places and organisations in an article's plain text, with offsets, and the dates it names. */
export function extractEntities(text: string, language: string | null): Extraction {
  const tokens = tokenize(text);
  const hits = orgsByEvidence(tokens, scanText(tokens, language, text), text, capitalisesNouns(language));
  const han = scanChinese(text);
  const all = han.length === 0 ? hits : [...hits, ...han].sort((a, b) => a.start - b.start);
  return { entities: resolveEntities(text, tokens, all), dates: findDates(text, language) };
}
