import type { QueryFilter } from './queryTypes';

/** Where an article is put away, if anywhere: each true for the shelves it is on. */
export interface Shelves {
  archived: boolean;
  trashed: boolean;
}

const SHELVES = ['archived', 'trashed'] as const;

function mentions(filters: readonly QueryFilter[], shelf: keyof Shelves, negated?: boolean): boolean {
  return filters.some((f) => f.field === 'is' && f.value === shelf && (negated === undefined || f.negated === negated));
}

/**
 * The shelves a query leaves out without being asked: each one its `is:` does not name. Asking for the Trash
 * shows all of it, archived articles included.
 */
export function hiddenShelves(filters: readonly QueryFilter[]): Shelves {
  return { archived: !mentions(filters, 'archived') && !mentions(filters, 'trashed', false), trashed: !mentions(filters, 'trashed') };
}

/** Whether a query shows an article put away like this (as far as its shelves go): what it leaves out, then its own `is:`. */
export function seesShelves(filters: readonly QueryFilter[], state: Shelves): boolean {
  const hidden = hiddenShelves(filters);
  if (SHELVES.some((shelf) => hidden[shelf] && state[shelf])) return false;
  return filters.every((f) => f.field !== 'is' || !isShelf(f.value) || state[f.value] !== f.negated);
}

export function isShelf(value: string): value is keyof Shelves {
  return value === 'archived' || value === 'trashed';
}
