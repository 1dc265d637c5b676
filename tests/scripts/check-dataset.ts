// Validates assets/data the way the build does (lib/background/dataset/build-check.ts) and prints every problem.
// Usage: npx tsx tests/scripts/check-dataset.ts
import { checkDatasetOnDisk } from '../../lib/background/dataset/from-disk';
import { DatasetError } from '../../lib/background/dataset/validate';

try {
  const ds = checkDatasetOnDisk();
  const byKind: Record<string, number> = {};
  for (const e of ds.entities) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
  console.log(`OK: ${ds.entities.length} entities`, byKind);
} catch (e) {
  console.error(e instanceof DatasetError ? e.message : String(e));
  process.exitCode = 1;
}
