import type { Dataset } from './schema';
import { validateDataset } from './validate';

/**
 * The dataset bundled with the extension: every JSON file under assets/data,
 * validated. Vite inlines the files at build time, so nothing is fetched.
 */
export function loadBundledDataset(): Dataset {
  const meta = import.meta.glob('/assets/data/dataset.json', { eager: true, import: 'default' });
  const files = import.meta.glob(['/assets/data/*/*.json'], { eager: true, import: 'default' });
  return validateDataset(Object.values(meta)[0], files);
}
