import type { Database } from 'better-sqlite3';

/** One numbered schema step. `version` equals its position: migration N brings user_version from N-1 to N. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
  /** It frees much of the file: the library is vacuumed once the migrations are done (openDatabase), so the file shrinks. */
  vacuum?: boolean;
}
