// Rewrites every entity file in its canonical form (tests/unit/background/dataset/files.test.ts checks it).
// Usage: npx tsx tests/scripts/format-dataset.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACT_ORDER } from '../../lib/background/dataset/schema';
import { canonicalEntity } from './canonical-entity';
import { DATA_DIR } from './load-dataset';

let changed = 0;
for (const dir of readdirSync(DATA_DIR, { withFileTypes: true })) {
  if (!dir.isDirectory()) continue;
  for (const f of readdirSync(join(DATA_DIR, dir.name)).filter((n) => n.endsWith('.json'))) {
    const path = join(DATA_DIR, dir.name, f);
    const text = readFileSync(path, 'utf8');
    const next = canonicalEntity(JSON.parse(text), FACT_ORDER);
    if (next !== text) {
      writeFileSync(path, next);
      changed++;
    }
  }
}
console.log(`${changed} file(s) rewritten`);
