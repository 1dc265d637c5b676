import Dexie, { type EntityTable } from 'dexie';
import type { MatcherBundle } from '../../shared/protocol';
import type { Entity } from '../dataset/schema';

/**
 * The extension's own IndexedDB (background and extension pages only: a content
 * script's indexedDB is the web page's). Tables hold the dataset alone, so a
 * dataset upgrade can clear them without touching user data, which lives in
 * extension storage (lib/shared/settings.ts).
 */
export interface MetaRow {
  key: 'dataset';
  version: string;
  asOf: string;
  /** Precomputed at seed time so a page load costs one read. */
  matcherData: MatcherBundle;
  /** MATCHER_FORMAT it was built with: an extension update with a new matcher rebuilds it. */
  matcherFormat?: number;
}

/** An entity as stored: plus the words the popup's search looks up. */
export type EntityRow = Entity & { searchKeys: string[] };

export class LabLensDb extends Dexie {
  entities!: EntityTable<EntityRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = 'lablens') {
    super(name);
    this.version(1).stores({
      entities: 'id, kind, *searchKeys',
      meta: 'key',
    });
  }
}

let db: LabLensDb | undefined;

/**
 * Opened lazily: an MV3 service worker is stopped when idle and restarted on
 * the next message, so nothing may assume a connection from an earlier run.
 */
export function getDb(): LabLensDb {
  db ??= new LabLensDb();
  return db;
}

/** Runs a query, reopening once if the connection was closed under us (seen after a worker wake-up). */
export async function withDb<T>(fn: (db: LabLensDb) => Promise<T>): Promise<T> {
  const d = getDb();
  try {
    return await fn(d);
  } catch (e) {
    if ((e as Error).name !== 'DatabaseClosedError') throw e;
    await d.open();
    return fn(d);
  }
}
