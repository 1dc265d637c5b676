// Regenerates assets/data/entity.schema.json from the zod schema. Usage: npx tsx tests/scripts/json-schema.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entityJsonSchema } from '../../lib/background/dataset/json-schema';

const out = join(import.meta.dirname, '../../assets/data/entity.schema.json');
writeFileSync(out, `${JSON.stringify(entityJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
