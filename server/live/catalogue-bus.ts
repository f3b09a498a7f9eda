import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Database } from '../db/database';
import { createPgCatalogueBus } from './pg-catalogue-bus';
import { createRedisCatalogueBus } from './redis-catalogue-bus';
import { createLocalBus } from './local-bus';

/** The catalogue changed: every process reloads it and tells its open pages which products. */
export interface CatalogueChanged {
  /** Product ids; `'*'` when too many to list (a whole import): reload and refetch everything. */
  ids: string[] | '*';
  version: number;
  /** The announcing process, which has already reloaded and skips its own echo. */
  origin: string;
}

export type CatalogueChangeListener = (change: CatalogueChanged) => void;

/** Fan-out of catalogue changes after commit, over the same transport as cart changes. */
export interface CatalogueBus {
  readonly kind: 'local' | 'postgres' | 'redis';
  publish(change: CatalogueChanged): Promise<void>;
  /** Returns the unsubscribe function. */
  subscribe(listener: CatalogueChangeListener): () => void;
  close(): Promise<void>;
}

/** Ids beyond this travel as `'*'`: a NOTIFY payload must stay under 8000 bytes. */
export const MAX_LISTED_IDS = 60;

/**
 * Redis when configured, else PostgreSQL LISTEN/NOTIFY when the database is PostgreSQL, else this
 * process only (the embedded database serves one process).
 *
 * @example const bus = await openCatalogueBus(config, database, log);
 */
export async function openCatalogueBus(config: Config, database: Database, log: Logger): Promise<CatalogueBus> {
  if (config.redisUrl) return createRedisCatalogueBus(config.redisUrl, log);
  if (database.kind === 'postgres' && database.url) return createPgCatalogueBus(database.url, log);
  return createLocalBus<CatalogueChanged>();
}
