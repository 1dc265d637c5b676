// Facts per field and kind, and key fields missing per kind. Usage: npx tsx tests/scripts/dataset-report.ts [data dir]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './load-dataset';

const KEY_FIELDS: Record<string, string[]> = {
  lab: ['country', 'founded', 'headquarters', 'leaders'],
  model: ['developer', 'releaseDate', 'parametersTotal', 'contextWindow', 'license', 'openWeights', 'knowledgeCutoff'],
  product: ['maker', 'launchDate'],
  person: ['role', 'affiliation'],
  chip: ['maker', 'announced'],
};

const dir = process.argv[2] ?? DATA_DIR;
const entities = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(dir, d.name)).map((f) => JSON.parse(readFileSync(join(dir, d.name, f), 'utf8'))));

const has = (e: { facts?: Record<string, unknown>; relations?: { type: string }[] }, k: string) =>
  !!e.facts?.[k] || !!e.relations?.some((r) => r.type === k);
let alternatives = 0;
console.log(`${entities.length} entities`);
for (const kind of Object.keys(KEY_FIELDS)) {
  const of = entities.filter((e) => e.kind === kind && !e.isFamily);
  const fields = new Map<string, number>();
  for (const e of of)
    for (const [k, f] of Object.entries(e.facts ?? {})) {
      fields.set(k, (fields.get(k) ?? 0) + 1);
      alternatives += (f as { alternatives?: unknown[] }).alternatives ? 1 : 0;
    }
  const missing = KEY_FIELDS[kind]!.map((k) => `${k} ${of.filter((e) => !has(e, k)).length}`);
  console.log(`\n${kind}: ${of.length} (+${entities.filter((e) => e.kind === kind && e.isFamily).length} families)`);
  console.log(
    `  facts: ${[...fields]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  console.log(`  missing key fields: ${missing.join(', ')}`);
}
console.log(`\nfacts recording other sources' values (alternatives): ${alternatives}`);
