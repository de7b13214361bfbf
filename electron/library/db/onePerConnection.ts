import type { Database } from 'better-sqlite3';

/**
 * A getter of one `make(db)` a connection, made on first asking: for what every user of a connection must share, as
 * temporary triggers made once or an in-memory table patched in place. Forgotten with its connection.
 */
export function onePerConnection<T extends object>(make: (db: Database) => T): (db: Database) => T {
  const made = new WeakMap<Database, T>();
  return (db) => {
    let one = made.get(db);
    if (!one) made.set(db, (one = make(db)));
    return one;
  };
}
