import type { MatcherBundle } from '../../shared/protocol';
import type { EntityRow, LabLensDb } from './database';

/**
 * What the queries read, whether from IndexedDB or from the bundled dataset
 * held in memory (lib/background/db/memory-store.ts) when IndexedDB fails.
 */
export interface DatasetStore {
  info(): Promise<{ version: string; asOf: string; entities: number } | undefined>;
  matcher(): Promise<MatcherBundle | undefined>;
  /** The rows for `ids`, in order; undefined where there is none. */
  get(ids: string[]): Promise<(EntityRow | undefined)[]>;
  each(fn: (e: EntityRow) => void): Promise<void>;
  /** Entities with a search key starting with `prefix`, in key order, each once. */
  search(prefix: string, limit: number): Promise<EntityRow[]>;
}

export const dexieStore = (db: LabLensDb): DatasetStore => ({
  async info() {
    const meta = await db.meta.get('dataset');
    return meta && { version: meta.version, asOf: meta.asOf, entities: await db.entities.count() };
  },
  matcher: async () => (await db.meta.get('dataset'))?.matcherData,
  get: (ids) => db.entities.bulkGet(ids),
  each: (fn) => db.entities.each(fn),
  search: (prefix, limit) => db.entities.where('searchKeys').startsWith(prefix).distinct().limit(limit).toArray(),
});
