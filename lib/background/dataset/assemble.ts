import { KINDS } from '../../core/kinds';
import type { Dataset, Entity } from './schema';

/**
 * The bundled dataset put together without zod: the build has validated every
 * file (lib/background/dataset/build-check.ts) and checked that this gives the
 * same dataset as the schema, so the worker only checks the shape it relies on
 * and fills the two defaults the schema fills.
 */
export function assembleDataset(meta: unknown, files: Record<string, unknown>): Dataset {
  const m = meta as { version?: unknown; asOf?: unknown } | null;
  if (typeof m?.version !== 'string' || typeof m.asOf !== 'string')
    throw new Error('bundled dataset: dataset.json has no version or asOf');
  const entities = Object.entries(files).map(([file, raw]) => {
    const e = raw as Record<string, unknown> | null;
    const kinds: readonly unknown[] = KINDS;
    if (typeof e?.id !== 'string' || typeof e.name !== 'string' || !kinds.includes(e.kind) || !Array.isArray(e.aliases))
      throw new Error(`bundled dataset: ${file} is not an entity`);
    return { ...e, facts: e.facts ?? {}, relations: e.relations ?? [] } as Entity;
  });
  return { version: m.version, asOf: m.asOf, entities: entities.sort((a, b) => a.id.localeCompare(b.id)) };
}
