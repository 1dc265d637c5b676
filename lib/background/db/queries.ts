import { aliasKey } from '../../core/match/normalize';
import type { EntitySummary, EntityView, MatcherBundle } from '../../shared/protocol';
import type { EntityRow } from './database';
import { type QueryEnv, withStore } from './open-store';

/** Relations read from the other side: a lab lists the models that name it as developer. */
const INVERSE: Record<string, string> = {
  developer: 'developerOf',
  maker: 'makerOf',
  family: 'member',
  parent: 'subsidiary',
  affiliation: 'affiliated',
  basedOn: 'usedBy',
};

export const getMatcherBundle = (env?: QueryEnv): Promise<MatcherBundle> =>
  withStore(async (store) => {
    const matcher = await store.matcher();
    if (!matcher) throw new Error('dataset is not loaded');
    return matcher;
  }, env);

/** Whether the dataset has this entity: one row read, not the whole view. */
export const hasEntity = (id: string, env?: QueryEnv): Promise<boolean> =>
  withStore(async (store) => !!(await store.get([id]))[0], env);

const summary = (e: EntityRow): EntitySummary => ({ id: e.id, name: e.name, kind: e.kind });

export const getEntityView = (id: string, env?: QueryEnv): Promise<EntityView | null> =>
  withStore(async (store) => {
    const [e] = await store.get([id]);
    const info = await store.info();
    if (!e || !info) return null;
    const targets = new Map((await store.get(e.relations.map((r) => r.target))).map((t) => [t?.id, t]));
    const relations: EntityView['relations'] = e.relations.flatMap((r) => {
      const t = targets.get(r.target);
      return t ? [{ ...r, targetName: t.name, targetKind: t.kind }] : [];
    });
    // Entities that point here (a lab's models); few enough to filter in memory.
    const family = e.relations.find((r) => r.type === 'family')?.target;
    const timeline: NonNullable<EntityView['timeline']> = [];
    await store.each((other) => {
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
      datasetAsOf: info.asOf,
    } as EntityView;
  }, env);

/** A dated model that names `target` through `type` (a lab's model, a family's version). */
function timelineItem(other: EntityRow, target: string, type: 'developer' | 'family') {
  if (other.kind !== 'model' || ('isFamily' in other && other.isFamily)) return undefined;
  if (!other.relations.some((r) => r.type === type && r.target === target)) return undefined;
  const date = other.facts.releaseDate;
  if (!date) return undefined;
  return { id: other.id, name: other.name, date: date.value, source: date.source, asOf: date.asOf };
}

export const searchEntities = (query: string, env?: QueryEnv): Promise<EntitySummary[]> =>
  withStore(async (store) => {
    const q = aliasKey(query);
    if (!q) return [];
    const rows = await store.search(q, 30);
    return rows.map(summary).sort((a, b) => a.name.length - b.name.length || a.name.localeCompare(b.name));
  }, env);

export const getDatasetInfo = (env?: QueryEnv) =>
  withStore(async (store) => (await store.info()) ?? { version: '', asOf: '', entities: 0 }, env);
