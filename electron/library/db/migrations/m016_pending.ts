import type { Migration } from '../Migration';

/**
 * Stands in for migration 16, written on another branch, so that this branch's migrations keep their numbers from 17:
 * replaced by that migration when the branches meet, never shipped as it is.
 */
export const m016Pending: Migration = {
  version: 16,
  name: 'pending',
  up() {},
};
