import { loadBundledDataset } from '@/lib/background/dataset/load';
import { LabLensDb } from '@/lib/background/db/database';
import { memoryStore } from '@/lib/background/db/memory-store';
import { seedDatabase } from '@/lib/background/db/seed';
import { dexieStore } from '@/lib/background/db/store';

// The in-memory fallback reads the bundled dataset exactly as IndexedDB's indexes do: same rows, same order.
describe('memory store on the bundled dataset', async () => {
  const ds = loadBundledDataset();
  const db = new LabLensDb('memory-store-test');
  await seedDatabase(db, ds);
  const [idb, mem] = [dexieStore(db), memoryStore(ds)];
  const ids = (rows: ({ id: string } | undefined)[]) => rows.map((r) => r?.id);

  it('searches by key prefix with the same 30 results in the same order', async () => {
    for (const q of ['g', 'gpt', 'deep', 'cl', 'a', 'llama', 'ÿ', '4', 'zzzz', 'open'])
      expect(ids(await mem.search(q, 30)), q).toEqual(ids(await idb.search(q, 30)));
  });

  it('reads rows, walks every entity in key order and gives the same info and matcher', async () => {
    const some = ['deepseek-v3', 'nope', 'openai', 'gpt-4'];
    expect(await mem.get(some)).toEqual(await idb.get(some));
    const walk = async (s: typeof idb) => {
      const out: string[] = [];
      await s.each((e) => out.push(e.id));
      return out;
    };
    expect(await walk(mem)).toEqual(await walk(idb));
    expect(await mem.info()).toEqual(await idb.info());
    expect(await mem.matcher()).toEqual(await idb.matcher());
  });
});
