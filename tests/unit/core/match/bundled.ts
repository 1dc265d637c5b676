import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../../../../lib/background/dataset/validate';
import { buildMatcherBundle } from '../../../../lib/background/db/seed';
import type { MatchAlias } from '../../../../lib/core/match/types';

/** The bundled dataset, read from disk the way Vite's glob would give it. */
export function bundledAliases(): MatchAlias[] {
  const root = join(dirname(fileURLToPath(import.meta.url)), '../../../../assets/data');
  const files: Record<string, unknown> = {};
  for (const dir of readdirSync(root)) {
    if (!statSync(join(root, dir)).isDirectory()) continue;
    for (const f of readdirSync(join(root, dir)))
      files[`/assets/data/${dir}/${f}`] = JSON.parse(readFileSync(join(root, dir, f), 'utf8'));
  }
  const meta = JSON.parse(readFileSync(join(root, 'dataset.json'), 'utf8'));
  return buildMatcherBundle(validateDataset(meta, files)).aliases;
}
