// Validates assets/data the way the extension does and prints every problem.
// Usage: npx tsx tests/scripts/check-dataset.ts
import { DatasetError } from '../../lib/background/dataset/validate';
import { loadDatasetFromDisk } from './load-dataset';

try {
  const ds = loadDatasetFromDisk();
  const byKind: Record<string, number> = {};
  for (const e of ds.entities) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
  console.log(`OK: ${ds.entities.length} entities`, byKind);
} catch (e) {
  console.error(e instanceof DatasetError ? e.message : String(e));
  process.exitCode = 1;
}
