// Node only (build, CI and test scripts): the worker gets these files inlined by Vite (./load.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { assembleDataset } from './assemble';
import type { Dataset } from './schema';
import { validateDataset } from './validate';

export const DATA_DIR = fileURLToPath(new URL('../../../assets/data', import.meta.url));

/** Every entity file as parsed JSON, keyed like the bundle's import.meta.glob keys. */
export function readEntityFiles(dir = DATA_DIR): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const sub of readdirSync(dir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    for (const f of readdirSync(join(dir, sub.name)).sort()) {
      if (!f.endsWith('.json')) continue;
      const path = `/assets/data/${sub.name}/${f}`;
      try {
        files[path] = JSON.parse(readFileSync(join(dir, sub.name, f), 'utf8'));
      } catch (e) {
        throw new Error(`${path}: not valid JSON: ${(e as Error).message}`);
      }
    }
  }
  return files;
}

const readMeta = (dir: string): unknown => JSON.parse(readFileSync(join(dir, 'dataset.json'), 'utf8'));

/** The validated dataset; throws DatasetError listing every problem. */
export function loadDatasetFromDisk(): Dataset {
  return validateDataset(readMeta(DATA_DIR), readEntityFiles());
}

/**
 * What the build and CI check: the dataset validates, and the worker's
 * zod-free assembly of the same files (./assemble.ts) is the same dataset.
 */
export function checkDatasetOnDisk(dir = DATA_DIR): Dataset {
  const [meta, files] = [readMeta(dir), readEntityFiles(dir)];
  const ds = validateDataset(meta, files);
  const fast = assembleDataset(meta, files);
  const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
  const differs = ds.entities.find((e, i) => !isDeepStrictEqual(plain(e), plain(fast.entities[i])));
  if (differs || ds.entities.length !== fast.entities.length)
    throw new Error(
      `the worker would read entity "${differs?.id}" differently from the schema: teach lib/background/dataset/assemble.ts its defaults`,
    );
  return ds;
}
