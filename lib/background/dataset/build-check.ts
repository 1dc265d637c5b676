import type { Plugin } from 'vite';
import { checkDatasetOnDisk, DATA_DIR } from './from-disk';

const checked = new Set<string>();

/**
 * Validates assets/data when the extension is built, so a broken file fails
 * the build and the worker need not parse the dataset with zod on each wake.
 * Runs once per build command (WXT builds each entrypoint group separately).
 */
export function datasetCheck(dir = DATA_DIR): Plugin {
  return {
    name: 'lablens-dataset-check',
    buildStart() {
      try {
        if (!checked.has(dir)) checkDatasetOnDisk(dir);
        checked.add(dir);
      } catch (e) {
        this.error(`LabLens dataset: ${(e as Error).message}`);
      }
    },
  };
}
