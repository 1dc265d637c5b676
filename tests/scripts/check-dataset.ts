// Validates assets/data the way the extension does and prints every problem.
// Usage: npx tsx tests/scripts/check-dataset.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatasetError, validateDataset } from '../../lib/dataset/validate';

const root = join(import.meta.dirname, '../../assets/data');
const files: Record<string, unknown> = {};
for (const dir of readdirSync(root, { withFileTypes: true })) {
  if (!dir.isDirectory()) continue;
  for (const f of readdirSync(join(root, dir.name))) {
    if (!f.endsWith('.json')) continue;
    const path = `/assets/data/${dir.name}/${f}`;
    try {
      files[path] = JSON.parse(readFileSync(join(root, dir.name, f), 'utf8'));
    } catch (e) {
      console.error(`${path}: not valid JSON: ${(e as Error).message}`);
      process.exitCode = 1;
    }
  }
}
try {
  const ds = validateDataset(JSON.parse(readFileSync(join(root, 'dataset.json'), 'utf8')), files);
  const byKind: Record<string, number> = {};
  for (const e of ds.entities) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
  console.log(`OK: ${ds.entities.length} entities`, byKind);
} catch (e) {
  if (e instanceof DatasetError) console.error(e.message);
  else throw e;
  process.exitCode = 1;
}
