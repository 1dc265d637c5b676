import { compileMatcher } from '../../core/match/build-matcher';
import { derivedAliases, shareContextForms } from '../../core/match/derived-aliases';
import { aliasKey } from '../../core/match/normalize';
import type { MatchAlias } from '../../core/match/types';
import type { MatcherBundle } from '../../shared/protocol';
import type { Dataset, Entity } from '../dataset/schema';
import type { LabLensDb, MetaRow } from './database';

/** A lab's country; for anything else, the country of its developer, maker or affiliation. */
function countryOf(e: Entity, byId: Map<string, Entity>, depth = 0): string | undefined {
  if (e.kind === 'lab' && e.facts.country) return e.facts.country.value;
  if (depth > 2) return undefined;
  const via = e.relations.find((r) => ['developer', 'maker', 'affiliation', 'parent', 'family'].includes(r.type));
  const target = via && byId.get(via.target);
  return target ? countryOf(target, byId, depth + 1) : undefined;
}

/**
 * What a longer, unlisted name that starts with one of the entity's names
 * stands for (see MatchAlias.line): a lab or family itself, a model's family,
 * else its developer. People, products and chips keep their names.
 */
function lineOf(e: Entity): string | undefined {
  if (e.kind === 'lab' || (e.kind === 'model' && e.isFamily)) return e.id;
  if (e.kind !== 'model') return undefined;
  const to = (type: string) => e.relations.find((r) => r.type === type)?.target;
  return to('family') ?? to('developer');
}

/** What the content script needs to find names: aliases plus each entity's name, kind and country. */
export function buildMatcherBundle(ds: Dataset): MatcherBundle {
  const byId = new Map(ds.entities.map((e) => [e.id, e]));
  const lines = new Map<string, string>();
  for (const e of ds.entities) {
    const line = lineOf(e);
    if (line) lines.set(e.id, line);
  }
  // Then surnames, short forms and name orders no file has to list (derived-aliases.ts).
  const derived = derivedAliases(ds.entities).map((a) => {
    const line = lines.get(a.entityId);
    return line ? { ...a, line } : a;
  });
  const data: Omit<MatcherBundle, 'compiled'> = {
    version: ds.version,
    asOf: ds.asOf,
    entities: ds.entities.map((e) => {
      const country = countryOf(e, byId);
      return { id: e.id, name: e.name, kind: e.kind, ...(country ? { country } : {}) };
    }),
    aliases: shareContextForms([...listedAliases(ds, lines), ...derived]),
  };
  return { ...data, compiled: compileMatcher(data.aliases) };
}

/** The aliases the dataset lists, with the flags the matcher needs. */
function listedAliases(ds: Dataset, lines: ReadonlyMap<string, string>): MatchAlias[] {
  return ds.entities.flatMap((e) => {
    const line = lines.get(e.id);
    return e.aliases.map((a) => ({
      text: a.text,
      entityId: e.id,
      ...(a.caseSensitive ? { caseSensitive: true } : {}),
      ...(a.ambiguous ? { ambiguous: true } : {}),
      ...(a.contextOnly ? { contextOnly: true } : {}),
      // A family's own name also finds versions the dataset does not list yet ("GPT-5.5").
      ...(e.kind === 'model' && e.isFamily && !a.contextOnly ? { familyPattern: true } : {}),
      ...(line ? { line } : {}),
    }));
  });
}

/** Lower-case words of the name and aliases, for the popup's dataset search. */
export function searchKeys(e: Entity): string[] {
  const keys = new Set<string>();
  for (const t of [e.name, ...e.aliases.map((a) => a.text)]) {
    keys.add(aliasKey(t));
    for (const w of t.toLowerCase().split(/[\s\-_.·]+/)) if (w) keys.add(w);
  }
  return [...keys];
}

/** Bumped whenever the shape of MatcherBundle.compiled changes. */
export const MATCHER_FORMAT = 5;

/** Whether the stored row is this dataset, built by this matcher. */
const isCurrent = (meta: MetaRow | undefined, ds: Dataset) =>
  meta?.version === ds.version && meta.matcherFormat === MATCHER_FORMAT;

/**
 * Stores a dataset version. Idempotent: the same version is a no-op; a new one
 * replaces the old in one transaction, so a reader never sees half of each.
 */
export async function seedDatabase(db: LabLensDb, ds: Dataset): Promise<'unchanged' | 'seeded'> {
  return db.transaction('rw', db.entities, db.meta, async () => {
    const current = await db.meta.get('dataset');
    if (isCurrent(current, ds) && (await db.entities.count()) === ds.entities.length) return 'unchanged';
    await db.entities.clear();
    await db.entities.bulkPut(ds.entities.map((e) => ({ ...e, searchKeys: searchKeys(e) })));
    await db.meta.put({
      key: 'dataset',
      version: ds.version,
      asOf: ds.asOf,
      matcherData: buildMatcherBundle(ds),
      matcherFormat: MATCHER_FORMAT,
    });
    return 'seeded';
  });
}

/** The check (and seed) in flight per database: requests that arrive together wait for the same one. */
const inFlight = new WeakMap<LabLensDb, Promise<void>>();

/**
 * Seeds the database if it does not hold the bundled dataset yet. Cheap when
 * it does (one read), so every request can call it: after a worker restart or
 * a cleared profile the data comes back without waiting for onInstalled. The
 * 20 requests of a cold start share one check, so the dataset is written once.
 */
export function ensureSeeded(db: LabLensDb, load: () => Dataset): Promise<void> {
  let p = inFlight.get(db);
  if (!p) {
    p = (async () => {
      const ds = load();
      if (isCurrent(await db.meta.get('dataset'), ds)) return;
      console.info(`LabLens: seeding dataset ${ds.version}`);
      await seedDatabase(db, ds);
      console.info(`LabLens: seeded dataset ${ds.version}`);
    })().finally(() => inFlight.delete(db));
    inFlight.set(db, p);
  }
  return p;
}
