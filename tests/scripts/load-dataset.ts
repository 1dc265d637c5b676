// Reads assets/data from disk and validates it the way the extension does (scripts and the benchmark).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../lib/background/dataset/schema';
import { validateDataset } from '../../lib/background/dataset/validate';

export const DATA_DIR = join(import.meta.dirname, '../../assets/data');

/** Every entity file as parsed JSON, keyed like the bundle's import.meta.glob keys. */
export function readEntityFiles(): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const dir of readdirSync(DATA_DIR, { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    for (const f of readdirSync(join(DATA_DIR, dir.name)).sort()) {
      if (!f.endsWith('.json')) continue;
      const path = `/assets/data/${dir.name}/${f}`;
      try {
        files[path] = JSON.parse(readFileSync(join(DATA_DIR, dir.name, f), 'utf8'));
      } catch (e) {
        throw new Error(`${path}: not valid JSON: ${(e as Error).message}`);
      }
    }
  }
  return files;
}

/** The validated dataset; throws DatasetError listing every problem. */
export function loadDatasetFromDisk(): Dataset {
  return validateDataset(JSON.parse(readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8')), readEntityFiles());
}
