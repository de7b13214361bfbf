import type { Database } from 'better-sqlite3';
import { ArticleNotes } from './ArticleNotes';
import { HighlightColors } from './HighlightColors';
import { HighlightQuery } from './HighlightQuery';
import { HighlightStore } from './HighlightStore';
import { TagStore } from './TagStore';

type Settings = ConstructorParameters<typeof HighlightColors>[0];

/** The user's annotations: highlights, article notes, tags and what the highlight colours mean. */
export class Annotations {
  readonly tags: TagStore;
  readonly highlights: HighlightStore;
  readonly notes: ArticleNotes;
  readonly colors: HighlightColors;
  /** The "All highlights" view's search. */
  readonly query: HighlightQuery;

  constructor(db: Database, settings: Settings) {
    this.tags = new TagStore(db);
    this.highlights = new HighlightStore(db, this.tags);
    this.notes = new ArticleNotes(db);
    this.colors = new HighlightColors(settings);
    this.query = new HighlightQuery(db);
  }
}
