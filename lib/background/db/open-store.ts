import { loadBundledDataset } from '../dataset/load';
import type { Dataset } from '../dataset/schema';
import { withDb } from './database';
import { memoryStore } from './memory-store';
import { ensureSeeded } from './seed';
import { type DatasetStore, dexieStore } from './store';

/** Every query takes the dataset loader, so tests can give their own. */
export interface QueryEnv {
  load?: () => Dataset;
}

/** Set once IndexedDB failed: the rest of this worker's life answers from memory (the next wake tries again). */
let failed: unknown;

/**
 * Runs a query against IndexedDB, seeded first; if IndexedDB cannot be
 * opened, read or written (quota, a failed open, none in a private window),
 * against the bundled dataset in memory. The dataset ships with the extension,
 * so a reader loses nothing but the time to index it. A query that fails in
 * memory too is a bug of its own: its error is thrown and nothing switches.
 */
export async function withStore<T>(fn: (s: DatasetStore) => Promise<T>, { load = loadBundledDataset }: QueryEnv = {}) {
  if (failed === undefined) {
    try {
      return await withDb(async (db) => {
        await ensureSeeded(db, load);
        return fn(dexieStore(db));
      });
    } catch (e) {
      const answer = await fn(memoryStore(load()));
      if (failed === undefined) console.warn('LabLens: IndexedDB failed; serving the bundled dataset from memory', e);
      failed = e;
      return answer;
    }
  }
  return fn(memoryStore(load()));
}

/** For tests: forget an earlier failure, as a new worker would. */
export function resetStoreFailure(): void {
  failed = undefined;
}
