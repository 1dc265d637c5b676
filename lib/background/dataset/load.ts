import type { Dataset } from './schema';
import { validateDataset } from './validate';

let cached: Dataset | undefined;

/**
 * The dataset bundled with the extension: every JSON file under assets/data,
 * validated. Vite inlines the files at build time, so nothing is fetched.
 * Memoised: validation is pure and the bundle cannot change while running.
 */
export function loadBundledDataset(): Dataset {
  if (cached) return cached;
  const meta = import.meta.glob('/assets/data/dataset.json', { eager: true, import: 'default' });
  const files = import.meta.glob(['/assets/data/*/*.json'], { eager: true, import: 'default' });
  cached = validateDataset(Object.values(meta)[0], files);
  return cached;
}
