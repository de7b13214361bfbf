import type { Database, Statement } from 'better-sqlite3';
import { onePerConnection } from '../db/onePerConnection';

/** How many counted changes this connection had made, and what other connections had written then. */
export interface AdditionMark {
  events: number;
  dataVersion: number;
}

/** Articles listed before the oldest are dropped: past a large import, rebuilding costs less than adding. */
const KEPT = 2048;

/** The counted changes that add an article's values without changing any other article's: a new article, its entities found. */
const ADDING: Record<string, { event: string; id: string }[]> = {
  articles: [{ event: 'INSERT', id: 'new.id' }],
  entity_extractions: [
    { event: 'INSERT', id: 'new.article_id' },
    { event: 'UPDATE', id: 'new.article_id' },
  ],
};

/**
 * The articles this connection added (or found the entities of) since a mark, when those are all the changes the
 * filter pane counts: seen by temporary triggers of this connection (none in the file) on the same events as the
 * triggers that move `facet_revision`, whose count of changes must then equal theirs. Any other counted change, by
 * this connection or another (`data_version`), makes the counts disagree and the list say nothing (null).
 */
export class FacetAdditions {
  private readonly dataVersion: Statement;
  /** The article of each of the last `KEPT` events, the last being event number `events`. */
  private readonly ids: number[] = [];
  private events = 0;
  private readonly watching: boolean;

  constructor(private readonly db: Database) {
    this.dataVersion = db.prepare('PRAGMA data_version').pluck();
    this.watching = this.watch();
  }

  mark(): AdditionMark | null {
    if (!this.watching || this.db.inTransaction) return null;
    return { events: this.events, dataVersion: this.dataVersion.get() as number };
  }

  /** The distinct articles added since `mark`, if they are all of the `counted` changes made since; else null. */
  since(mark: AdditionMark, counted: number): number[] | null {
    const since = this.events - mark.events;
    if (this.db.inTransaction || since !== counted || since > this.ids.length || this.dataVersion.get() !== mark.dataVersion) return null;
    return [...new Set(this.ids.slice(this.ids.length - since))];
  }

  private watch(): boolean {
    const counted = new Set(
      this.db.prepare("SELECT tbl_name || ' ' || sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%facet_revision%'").pluck().all() as string[],
    );
    const each = Object.entries(ADDING).flatMap(([table, events]) => events.map((e) => ({ table, ...e })));
    // Each event must move the revision exactly once, as the trigger made for it does.
    const once = each.every(
      ({ table, event }) =>
        [...counted].filter((t) => new RegExp(`^${table} .*\\bAFTER ${event} ON ${table} BEGIN\\s+UPDATE facet_revision SET n = n \\+ 1;\\s+END$`, 's').test(t))
          .length === 1,
    );
    if (!once) return false;
    this.db.function('dossier_facets_added', { deterministic: false }, (id: unknown) => {
      this.events++;
      this.ids.push(Number(id));
      if (this.ids.length > KEPT * 2) this.ids.splice(0, KEPT);
      return null;
    });
    for (const { table, event, id } of each) {
      this.db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS dossier_facets_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table} BEGIN SELECT dossier_facets_added(${id}); END`,
      );
    }
    return true;
  }
}

/** The one list of a connection: its temporary triggers are made once. */
export const facetAdditions = onePerConnection((db) => new FacetAdditions(db));
