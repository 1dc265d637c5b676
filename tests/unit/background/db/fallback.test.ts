import Dexie from 'dexie';
import { validateDataset } from '@/lib/background/dataset/validate';
import { findClaims } from '@/lib/background/db/claims';
import { getDb } from '@/lib/background/db/database';
import { resetStoreFailure } from '@/lib/background/db/open-store';
import { getDatasetInfo, getEntityView, getMatcherBundle, searchEntities } from '@/lib/background/db/queries';
import { lab, META, model } from '../dataset/fixtures';

// IndexedDB failing in each way the issue names: the same answers come from the bundled dataset in memory.
let version = 0;
/** A new dataset version per test, so each one seeds (and can fail to). */
const env = () => {
  const ds = validateDataset({ ...META, version: `3.0.${++version}` }, { 'l.json': lab(), 'm.json': model() });
  return { load: () => ds };
};
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetStoreFailure();
  vi.spyOn(console, 'info').mockImplementation(() => {});
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

async function answers(e: ReturnType<typeof env>) {
  return {
    info: await getDatasetInfo(e),
    matcher: await getMatcherBundle(e),
    lab: await getEntityView('test-lab', e),
    missing: await getEntityView('nope', e),
    search: await searchEntities('t', e),
    claims: await findClaims(
      {
        pageEntities: ['test-model'],
        blocks: [
          {
            text: 'Test Model has 70 billion parameters.',
            names: [{ start: 0, end: 10, entityId: 'test-model', kind: 'model' }],
            carry: [],
          },
        ],
      },
      e,
    ),
  };
}

describe('when IndexedDB fails, the background answers from memory', () => {
  it('a failed write (quota) while seeding: every query, the same answers as from IndexedDB, one log line', async () => {
    const e = env();
    const expected = await answers(e); // seeded: IndexedDB works
    expect(expected.claims).toHaveLength(1); // the fixture claim is checked, so claims are compared too
    expect(warn).not.toHaveBeenCalled();

    const next = env(); // a new version must be written, and the write fails
    vi.spyOn(getDb().entities, 'bulkPut').mockRejectedValue(quota());
    const got = await answers(next);
    expect(got.info.version).toBe('3.0.2');
    expect({ ...got, info: undefined, matcher: { ...got.matcher, version: '' } }).toEqual({
      ...expected,
      info: undefined,
      matcher: { ...expected.matcher, version: '' },
    });
    await getEntityView('test-model', next);
    expect(warn).toHaveBeenCalledTimes(1);
    // Nothing lost: the failed write rolled back, IndexedDB still holds the earlier version whole.
    expect((await getDb().meta.get('dataset'))?.version).toBe('3.0.1');
    expect(await getDb().entities.count()).toBe(2);
  });

  it('a failed read', async () => {
    const e = env();
    await getDatasetInfo(e);
    vi.spyOn(getDb().entities, 'bulkGet').mockRejectedValue(new DOMException('read failed', 'UnknownError'));
    const view = await getEntityView('test-model', e);
    expect(view?.relations).toContainEqual(expect.objectContaining({ type: 'developer', targetName: 'Test Lab' }));
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('a failed open, and no IndexedDB at all (a private window)', async () => {
    getDb().close();
    vi.spyOn(Dexie.dependencies.indexedDB!, 'open').mockImplementation(() => {
      throw quota();
    });
    const e = env();
    expect(await getDatasetInfo(e)).toEqual({ version: '3.0.4', asOf: '2026-11-29', entities: 2 });
    vi.restoreAllMocks();
    resetStoreFailure();
    const { indexedDB } = Dexie.dependencies;
    Dexie.dependencies.indexedDB = undefined as never;
    try {
      expect((await searchEntities('tm', e)).map((x) => x.id)).toEqual(['test-model']);
    } finally {
      Dexie.dependencies.indexedDB = indexedDB;
    }
  });

  it('a query that fails in memory too throws its own error and does not switch', async () => {
    const e = env();
    await getDatasetInfo(e);
    const read = vi.spyOn(getDb().entities, 'bulkGet').mockRejectedValueOnce(new DOMException('x', 'UnknownError'));
    // Same version (no seed), but an index in memory cannot be built from it.
    const broken = { load: () => ({ ...e.load(), entities: null as never }) };
    await expect(getEntityView('test-lab', broken)).rejects.toThrow(TypeError);
    expect(warn).not.toHaveBeenCalled();
    expect((await getEntityView('test-lab', e))?.name).toBe('Test Lab');
    expect(read).toHaveBeenCalledTimes(3); // the failed read, then the entity and its targets from IndexedDB
  });
});
