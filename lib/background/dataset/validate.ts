import type { z } from 'zod';
import { aliasKey } from '../../core/match/normalize';
import { type Dataset, DatasetMeta, Entity } from './schema';

/** One problem in one place, phrased for the person who edits the data. */
export interface DatasetProblem {
  where: string;
  problem: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(
      `Dataset has ${problems.length} problem(s):\n${problems.map((p) => `- ${p.where}: ${p.problem}`).join('\n')}`,
    );
    this.name = 'DatasetError';
  }
}

function describe(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`);
}

/**
 * Parses every entity file, then checks what no single file can: unique ids,
 * relations that point at existing entities, aliases claimed by one entity only
 * (unless every claimant marks the alias ambiguous). Collects all problems
 * before failing, so one run shows everything to fix.
 */
export function validateDataset(meta: unknown, files: Record<string, unknown>): Dataset {
  const problems: DatasetProblem[] = [];
  const metaResult = DatasetMeta.safeParse(meta);
  if (!metaResult.success) for (const p of describe(metaResult.error)) problems.push({ where: 'dataset', problem: p });

  const entities: Entity[] = [];
  const fileOf = new Map<string, string>();
  for (const [file, raw] of Object.entries(files)) {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const label = typeof rawId === 'string' ? `entity "${rawId}" (${file})` : file;
    const r = Entity.safeParse(raw);
    if (!r.success) {
      for (const p of describe(r.error)) problems.push({ where: label, problem: p });
      continue;
    }
    const previous = fileOf.get(r.data.id);
    if (previous) {
      problems.push({ where: label, problem: `id "${r.data.id}" is already used by ${previous}` });
      continue;
    }
    fileOf.set(r.data.id, file);
    entities.push(r.data);
  }

  const ids = new Set(entities.map((e) => e.id));
  const claims = new Map<string, { id: string; ambiguous: boolean }[]>();
  for (const e of entities) {
    for (const rel of e.relations) {
      if (!ids.has(rel.target))
        problems.push({
          where: `entity "${e.id}"`,
          problem: `relation ${rel.type} points to unknown id "${rel.target}"`,
        });
      if (rel.target === e.id)
        problems.push({ where: `entity "${e.id}"`, problem: `relation ${rel.type} points to itself` });
    }
    const seen = new Set<string>();
    for (const a of e.aliases) {
      const key = aliasKey(a.text);
      if (seen.has(key)) continue;
      seen.add(key);
      const list = claims.get(key) ?? [];
      list.push({ id: e.id, ambiguous: a.ambiguous === true });
      claims.set(key, list);
    }
  }
  for (const [key, list] of claims) {
    if (list.length > 1 && !list.every((c) => c.ambiguous)) {
      const names = list.map((c) => `"${c.id}"`).join(', ');
      problems.push({
        where: `entity ${names}`,
        problem: `alias "${key}" is claimed by ${list.length} entities (${names}); mark it ambiguous on each or keep it on one`,
      });
    }
  }

  if (problems.length) throw new DatasetError(problems);
  const m = metaResult.data as DatasetMeta;
  return { ...m, entities: entities.sort((a, b) => a.id.localeCompare(b.id)) };
}
