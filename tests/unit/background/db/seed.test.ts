import { validateDataset } from '@/lib/background/dataset/validate';
import { LabLensDb } from '@/lib/background/db/database';
import { getEntityView, getMatcherBundle, searchEntities } from '@/lib/background/db/queries';
import { ensureSeeded, MATCHER_FORMAT, seedDatabase } from '@/lib/background/db/seed';
import { lab, META, model } from '../dataset/fixtures';

const dataset = (version = '1.0.0', files: Record<string, unknown> = { 'l.json': lab(), 'm.json': model() }) =>
  validateDataset({ ...META, version }, files);

let n = 0;
const freshDb = () => new LabLensDb(`test-${++n}`);
beforeEach(() => {
  vi.spyOn(console, 'info').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('seeding the database', () => {
  it('stores entities and the matcher snapshot in one go', async () => {
    const db = freshDb();
    expect(await seedDatabase(db, dataset())).toBe('seeded');
    expect(await db.entities.count()).toBe(2);
    const meta = await db.meta.get('dataset');
    expect(meta?.version).toBe('1.0.0');
    expect(meta?.matcherData.aliases).toContainEqual({ text: 'TM-1', entityId: 'test-model', line: 'test-lab' });
  });

  it('is idempotent: seeding the same version twice leaves the same database', async () => {
    const db = freshDb();
    await seedDatabase(db, dataset());
    const before = await db.entities.toArray();
    expect(await seedDatabase(db, dataset())).toBe('unchanged');
    expect(await db.entities.toArray()).toEqual(before);
  });

  it('replaces an old version whole: entities dropped from the dataset disappear', async () => {
    const db = freshDb();
    await seedDatabase(db, dataset());
    await seedDatabase(db, dataset('1.1.0', { 'l.json': lab() }));
    expect((await db.entities.toArray()).map((e) => e.id)).toEqual(['test-lab']);
    expect((await db.meta.get('dataset'))?.version).toBe('1.1.0');
  });

  it('rolls back when the new version cannot be written, keeping the old one', async () => {
    const db = freshDb();
    await seedDatabase(db, dataset());
    const broken = dataset('2.0.0');
    // An entity IndexedDB cannot clone aborts the transaction after clear() has run.
    (broken.entities[0] as unknown as { facts: unknown }).facts = { bad: () => 0 };
    await expect(seedDatabase(db, broken)).rejects.toThrow();
    expect((await db.meta.get('dataset'))?.version).toBe('1.0.0');
    expect(await db.entities.count()).toBe(2);
  });

  it('ensureSeeded loads the dataset only when the stored version differs', async () => {
    const db = freshDb();
    let loads = 0;
    const load = () => {
      loads++;
      return dataset();
    };
    await ensureSeeded(db, load);
    await ensureSeeded(db, load);
    expect(await db.entities.count()).toBe(2);
    expect(loads).toBe(2); // compared twice, written once
    expect((await db.meta.get('dataset'))?.version).toBe('1.0.0');
  });

  it('shares one check among requests that arrive together: 20 at a cold start write the dataset once', async () => {
    const db = freshDb();
    let loads = 0;
    const load = () => {
      loads++;
      return dataset();
    };
    const seeding = vi.spyOn(db, 'transaction');
    await Promise.all(Array.from({ length: 20 }, () => ensureSeeded(db, load)));
    expect(loads).toBe(1);
    expect(seeding).toHaveBeenCalledTimes(1);
    expect(await db.entities.count()).toBe(2);
    // Once settled, the next request checks again (a cleared database is seeded anew).
    await db.meta.clear();
    await ensureSeeded(db, load);
    expect(loads).toBe(2);
    expect((await db.meta.get('dataset'))?.version).toBe('1.0.0');
  });

  it('a failed seed is not remembered: the next request tries again', async () => {
    const db = freshDb();
    const put = vi.spyOn(db.entities, 'bulkPut').mockRejectedValueOnce(new DOMException('full', 'QuotaExceededError'));
    await expect(ensureSeeded(db, () => dataset())).rejects.toThrow();
    expect(await db.meta.get('dataset')).toBeUndefined();
    await ensureSeeded(db, () => dataset());
    expect(put).toHaveBeenCalledTimes(2);
    expect(await db.entities.count()).toBe(2);
  });

  it('rebuilds the stored matcher when an update changes its format, even for the same dataset version', async () => {
    const db = freshDb();
    await seedDatabase(db, dataset());
    const meta = (await db.meta.get('dataset'))!;
    // As an older build stored it: no format stamp, an old compiled shape.
    await db.meta.put({
      ...meta,
      matcherFormat: undefined,
      matcherData: { ...meta.matcherData, compiled: {} as never },
    });
    await ensureSeeded(db, () => dataset());
    const now = (await db.meta.get('dataset'))!;
    expect(now.matcherFormat).toBe(MATCHER_FORMAT);
    expect(now.matcherData.compiled.trie.edge.length).toBeGreaterThan(0);
  });
});

describe('queries on the default database', () => {
  const load = () => dataset('9.9.9');

  it('getEntityView names relation targets and lists inverse relations', async () => {
    const view = await getEntityView('test-lab', { load });
    expect(view?.name).toBe('Test Lab');
    expect(view?.datasetAsOf).toBe('2026-11-29');
    expect(view?.relations).toContainEqual(
      expect.objectContaining({ type: 'developerOf', target: 'test-model', targetName: 'Test Model', inverse: true }),
    );
    const m = await getEntityView('test-model', { load });
    expect(m?.relations).toContainEqual(
      expect.objectContaining({ type: 'developer', targetName: 'Test Lab', targetKind: 'lab' }),
    );
    expect(await getEntityView('no-such-id', { load })).toBeNull();
  });

  it('searchEntities finds by alias prefix and by word', async () => {
    expect((await searchEntities('tm-1', { load })).map((e) => e.id)).toEqual(['test-model']);
    expect((await searchEntities('test', { load })).map((e) => e.id)).toEqual(['test-lab', 'test-model']);
    expect(await searchEntities('zzz', { load })).toEqual([]);
  });

  it('getMatcherBundle returns the snapshot stored at seed time', async () => {
    const data = await getMatcherBundle({ load });
    expect(data.version).toBe('9.9.9');
    expect(data.entities).toContainEqual({ id: 'test-lab', name: 'Test Lab', kind: 'lab', country: 'China' });
    // A model takes its developer's country, for the popup's list.
    expect(data.entities).toContainEqual({ id: 'test-model', name: 'Test Model', kind: 'model', country: 'China' });
  });
});
