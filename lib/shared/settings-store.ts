import { browser } from 'wxt/browser';

/**
 * How settings sit in `storage.sync`. Sync allows 8 KB per item, so the lists
 * a person grows (disabled sites, hidden names) are kept apart from the rest,
 * in chunks: "disabledSites.0" = { of: 3, items: [...] }, "disabledSites.1"...
 * The single values stay in the "settings" item, where earlier versions kept
 * everything; a list still inside it is read from there until the first write
 * moves it out.
 */
export const LISTS = ['disabledSites', 'muted'] as const;
type List = (typeof LISTS)[number];

const KEY = 'settings';
/** Below the 8,192 bytes sync allows per item, with room for the key and the wrapper. */
const CHUNK_BYTES = 7000;
const chunkKey = (list: List, i: number) => `${list}.${i}`;

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isChunk = (v: unknown): v is { of: number; items: unknown[] } =>
  isRecord(v) && Number.isInteger(v.of) && Array.isArray(v.items);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface Stored {
  /** Every field as read, lists joined from their chunks; still unparsed. */
  values: Rec;
  /** The "settings" item as stored, unknown keys included (they survive every write). */
  item: Rec;
  /** Which lists are stored in chunks, and the chunk keys present for each. */
  chunked: Record<List, boolean>;
  chunkKeys: Record<List, string[]>;
}

export async function readStored(): Promise<Stored> {
  const all: Rec = await browser.storage.sync.get(null);
  const item = isRecord(all[KEY]) ? all[KEY] : {};
  const values: Rec = { ...item };
  const chunked = {} as Stored['chunked'];
  const chunkKeys = {} as Stored['chunkKeys'];
  for (const list of LISTS) {
    chunkKeys[list] = Object.keys(all).filter((k) => k.startsWith(`${list}.`));
    const first = all[chunkKey(list, 0)];
    chunked[list] = isChunk(first);
    if (!isChunk(first)) continue;
    const items: unknown[] = [];
    // Chunks past `of` are leftovers of a longer list whose removal did not finish.
    for (let i = 0; i < first.of; i++) {
      const c = all[chunkKey(list, i)];
      if (isChunk(c)) items.push(...c.items);
    }
    values[list] = items;
  }
  return { values, item, chunked, chunkKeys };
}

/** Splits a list into chunks that each fit one sync item; always at least one (an empty list is stored too). */
function chunks(items: readonly string[]): string[][] {
  const out: string[][] = [[]];
  let bytes = 0;
  const size = new TextEncoder();
  for (const x of items) {
    const n = size.encode(JSON.stringify(x)).length + 1;
    if (bytes + n > CHUNK_BYTES && out.at(-1)!.length) {
      out.push([]);
      bytes = 0;
    }
    out.at(-1)!.push(x);
    bytes += n;
  }
  return out;
}

/**
 * Writes what changed from `current` to `next`, in one `set` so a reader never
 * sees half of it; nothing when nothing changed. A field left unchanged keeps
 * its stored value, even one this version cannot read.
 */
export async function writeStored(stored: Stored, current: Rec, next: Rec): Promise<void> {
  const set: Rec = {};
  const item: Rec = { ...stored.item };
  for (const list of LISTS) delete item[list];
  for (const k of Object.keys(next))
    if (!(LISTS as readonly string[]).includes(k) && !same(next[k], current[k])) item[k] = next[k];
  if (!same(item, stored.item)) set[KEY] = item;
  const stale: string[] = [];
  for (const list of LISTS) {
    const moving = !stored.chunked[list] && list in stored.item;
    if (same(next[list], current[list]) && !moving) continue;
    const parts = chunks(next[list] as string[]);
    parts.forEach((items, i) => {
      set[chunkKey(list, i)] = { of: parts.length, items };
    });
    stale.push(...stored.chunkKeys[list].filter((k) => !(k in set)));
  }
  if (Object.keys(set).length) await browser.storage.sync.set(set);
  if (stale.length) await browser.storage.sync.remove(stale);
}

/** Calls back with the stored values after every change to them; returns the unsubscribe. */
export function watchStored(cb: (values: Rec) => void): () => void {
  let reads = 0;
  const listener = (changes: Rec, area: string) => {
    if (area !== 'sync' || !Object.keys(changes).some((k) => k === KEY || LISTS.some((l) => k.startsWith(`${l}.`))))
      return;
    // One write may end in two events (set, then removing leftovers): only the latest read is passed on.
    const read = ++reads;
    void readStored().then(
      (s) => read === reads && cb(s.values),
      () => undefined,
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
