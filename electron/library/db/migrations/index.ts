import type { Migration } from '../Migration';
import { m001Articles } from './m001_articles';

/** Every migration in order; the last one's version is the schema this build writes. */
export const migrations: readonly Migration[] = [m001Articles];

export const LATEST_VERSION = migrations.length;
