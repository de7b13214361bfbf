import type { EntityKind, Mention } from '../../library/entities/extract/types';

/** What the library stores and answers about entities (the extractor's own types are in types.ts). */

export interface EntityRef {
  id: number;
  kind: EntityKind;
  name: string;
}

export interface EntitySummary extends EntityRef {
  hidden: boolean;
  articleCount: number;
}

/** An entity as one article mentions it: offsets into that article's body. */
export interface ArticleEntity extends EntityRef {
  aliases: string[];
  mentions: Mention[];
}

export interface ArticleRef {
  id: number;
  title: string;
  source: string | null;
  published: string | null;
}

/** What the hover card shows. */
export interface EntityCard extends EntitySummary {
  aliases: string[];
  /** The most recently published article mentioning it. */
  latest: ArticleRef | null;
}

/** The entity page: its articles in published order (optionally only those also mentioning `with`) and its companions. */
export interface EntityPage {
  entity: EntityCard;
  with: EntityRef | null;
  total: number;
  articles: ArticleRef[];
  /** Entities mentioned in the same articles, most articles first; articleCount counts articles shared with it. */
  cooccurring: Array<EntityRef & { articleCount: number }>;
}

export interface ListEntitiesOptions {
  kind: EntityKind | null;
  /** Part of a name or alias. */
  query: string | null;
  includeHidden: boolean;
  limit: number;
  offset: number;
}

export type SpanTarget = { id: number } | { kind: EntityKind; name: string };

export type EntityCorrection =
  | { action: 'rename'; id: number; name: string }
  | { action: 'merge'; id: number; into: number }
  | { action: 'setKind'; id: number; kind: EntityKind }
  | { action: 'hide'; id: number; hidden: boolean }
  | { action: 'addSpan'; articleId: number; start: number; end: number; target: SpanTarget };
