import type { QueryFilter } from './queryTypes';

/** Where an article is put away, if anywhere: each true for the shelves it is on. */
export interface Shelves {
  archived: boolean;
  trashed: boolean;
}

const SHELVES = ['archived', 'trashed'] as const;

function mentions(filters: readonly QueryFilter[], shelf: keyof Shelves): boolean {
  return filters.some((f) => f.field === 'is' && f.value === shelf);
}

/**
 * The shelves a query leaves out without being asked: the Trash unless its `is:` names it, the archive unless its
 * `is:` names either. So `is:trashed` is the whole Trash, archived articles included, and `-is:trashed` everything
 * but the Trash.
 */
export function hiddenShelves(filters: readonly QueryFilter[]): Shelves {
  const trashed = !mentions(filters, 'trashed');
  return { archived: trashed && !mentions(filters, 'archived'), trashed };
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
