import { aliasKey } from '../../core/match/normalize';
import type { EntitySummary, EntityView, MatcherBundle } from '../../shared/protocol';
import { loadBundledDataset } from '../dataset/load';
import type { Dataset } from '../dataset/schema';
import { type EntityRow, type LabLensDb, withDb } from './database';
import { isCurrent, seedDatabase } from './seed';

/** Relations read from the other side: a lab lists the models that name it as developer. */
const INVERSE: Record<string, string> = {
  developer: 'developerOf',
  maker: 'makerOf',
  family: 'member',
  parent: 'subsidiary',
  affiliation: 'affiliated',
  basedOn: 'usedBy',
};

/**
 * Seeds the database if it does not hold the bundled dataset yet. Cheap when
 * it does, so every entry point can call it: after a worker restart or a
 * cleared profile the data comes back without waiting for onInstalled.
 */
export async function ensureSeeded(db: LabLensDb, load: () => Dataset = loadBundledDataset): Promise<void> {
  const meta = await db.meta.get('dataset');
  const ds = load();
  if (!isCurrent(meta, ds)) await seedDatabase(db, ds);
}

/** Every query takes the database and the dataset loader, so tests can give their own. */
export interface QueryEnv {
  load?: () => Dataset;
}

export const getMatcherBundle = ({ load }: QueryEnv = {}): Promise<MatcherBundle> =>
  withDb(async (db) => {
    await ensureSeeded(db, load);
    const meta = await db.meta.get('dataset');
    if (!meta) throw new Error('dataset is not loaded');
    return meta.matcherData;
  });

const summary = (e: EntityRow): EntitySummary => ({ id: e.id, name: e.name, kind: e.kind });

export const getEntityView = (id: string, { load }: QueryEnv = {}): Promise<EntityView | null> =>
  withDb(async (db) => {
    await ensureSeeded(db, load);
    const e = await db.entities.get(id);
    const meta = await db.meta.get('dataset');
    if (!e || !meta) return null;
    const targets = new Map((await db.entities.bulkGet(e.relations.map((r) => r.target))).map((t) => [t?.id, t]));
    const relations: EntityView['relations'] = e.relations.flatMap((r) => {
      const t = targets.get(r.target);
      return t ? [{ ...r, targetName: t.name, targetKind: t.kind }] : [];
    });
    // Entities that point here (a lab's models); few enough to filter in memory.
    const family = e.relations.find((r) => r.type === 'family')?.target;
    const timeline: NonNullable<EntityView['timeline']> = [];
    await db.entities.each((other) => {
      const line = timelineItem(other, family ?? id, e.kind === 'lab' ? 'developer' : 'family');
      if (line) timeline.push(line);
      for (const r of other.relations)
        if (r.target === id && INVERSE[r.type])
          relations.push({
            ...r,
            type: INVERSE[r.type]!,
            target: other.id,
            targetName: other.name,
            targetKind: other.kind,
            inverse: true,
          });
    });
    const { searchKeys: _k, ...entity } = e;
    const hasLine = e.kind === 'lab' || e.kind === 'model';
    timeline.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
    return {
      ...entity,
      relations,
      ...(hasLine && timeline.length ? { timeline } : {}),
      datasetAsOf: meta.asOf,
    } as EntityView;
  });

/** A dated model that names `target` through `type` (a lab's model, a family's version). */
function timelineItem(other: EntityRow, target: string, type: 'developer' | 'family') {
  if (other.kind !== 'model' || ('isFamily' in other && other.isFamily)) return undefined;
  if (!other.relations.some((r) => r.type === type && r.target === target)) return undefined;
  const date = other.facts.releaseDate;
  if (!date) return undefined;
  return { id: other.id, name: other.name, date: date.value, source: date.source, asOf: date.asOf };
}

export const searchEntities = (query: string, { load }: QueryEnv = {}): Promise<EntitySummary[]> =>
  withDb(async (db) => {
    await ensureSeeded(db, load);
    const q = aliasKey(query);
    if (!q) return [];
    const rows = await db.entities.where('searchKeys').startsWith(q).distinct().limit(30).toArray();
    return rows.map(summary).sort((a, b) => a.name.length - b.name.length || a.name.localeCompare(b.name));
  });

export const getDatasetInfo = ({ load }: QueryEnv = {}) =>
  withDb(async (db) => {
    await ensureSeeded(db, load);
    const meta = await db.meta.get('dataset');
    return { version: meta?.version ?? '', asOf: meta?.asOf ?? '', entities: await db.entities.count() };
  });
