import { assembleDataset } from './assemble';
import type { Dataset } from './schema';

let cached: Dataset | undefined;

/**
 * The dataset bundled with the extension: every JSON file under assets/data.
 * Vite inlines the files at build time, so nothing is fetched, and the build
 * has validated them (./build-check.ts), so a wake costs no zod parse.
 * Memoised: the bundle cannot change while running.
 */
export function loadBundledDataset(): Dataset {
  if (cached) return cached;
  const meta = import.meta.glob('/assets/data/dataset.json', { eager: true, import: 'default' });
  const files = import.meta.glob(['/assets/data/*/*.json'], { eager: true, import: 'default' });
  cached = assembleDataset(Object.values(meta)[0], files);
  return cached;
}
