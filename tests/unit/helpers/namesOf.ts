import { extractEntities, type EntityKind } from '../../../electron/library/entities/extract/extractEntities';

/** The names of one kind the extractor finds in a text, in the order it gives them. */
export const namesOf = (text: string, kind: EntityKind, language: string | null = 'en'): string[] =>
  extractEntities(text, language)
    .entities.filter((e) => e.kind === kind)
    .map((e) => e.name);
