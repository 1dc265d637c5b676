import type { MatcherBundle } from '../../shared/protocol';
import type { Dataset } from '../dataset/schema';
import type { EntityRow } from './database';
import { buildMatcherBundle, searchKeys } from './seed';
import type { DatasetStore } from './store';

const built = new WeakMap<Dataset, DatasetStoreData>();

interface DatasetStoreData {
  byId: Map<string, EntityRow>;
  /** [search key, id] in IndexedDB's index order, so a search returns what Dexie's would. */
  keys: [string, string][];
  matcher?: MatcherBundle;
}

function index(ds: Dataset): DatasetStoreData {
  // IndexedDB orders strings by code unit, as < does (not localeCompare).
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const rows = ds.entities.map((e): EntityRow => ({ ...e, searchKeys: searchKeys(e) })).sort((a, b) => cmp(a.id, b.id));
  const keys = rows.flatMap((r) => r.searchKeys.map((k): [string, string] => [k, r.id]));
  keys.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]));
  return { byId: new Map(rows.map((r) => [r.id, r])), keys };
}

/** First index whose key is not below `prefix`. */
function lowerBound(keys: [string, string][], prefix: string): number {
  let [lo, hi] = [0, keys.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]![0] < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The bundled dataset as a DatasetStore in memory: what the background serves
 * when IndexedDB cannot be opened, read or written. Built once per dataset;
 * the matcher only when first asked for.
 */
export function memoryStore(ds: Dataset): DatasetStore {
  const d = built.get(ds) ?? index(ds);
  built.set(ds, d);
  return {
    info: async () => ({ version: ds.version, asOf: ds.asOf, entities: d.byId.size }),
    matcher: async () => {
      d.matcher ??= buildMatcherBundle(ds);
      return d.matcher;
    },
    get: async (ids: string[]) => ids.map((id) => d.byId.get(id)),
    each: async (fn: (e: EntityRow) => void) => {
      for (const row of d.byId.values()) fn(row);
    },
    search: async (prefix: string, limit: number) => {
      const out = new Map<string, EntityRow>();
      for (let i = lowerBound(d.keys, prefix); i < d.keys.length && out.size < limit; i++) {
        const [key, id] = d.keys[i]!;
        if (!key.startsWith(prefix)) break;
        out.set(id, d.byId.get(id)!);
      }
      return [...out.values()];
    },
  };
}
