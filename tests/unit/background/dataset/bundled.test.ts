import { loadBundledDataset } from '@/lib/background/dataset/load';

// The dataset that ships must validate: a broken file fails CI, not a reader's browser.
describe('bundled dataset', () => {
  const ds = loadBundledDataset();

  it('validates and covers every lab and model the sample article names', () => {
    const ids = new Set(ds.entities.map((e) => e.id));
    for (const id of ['deepseek', 'deepseek-v3', 'openai', 'gpt', 'gpt-4', 'anthropic', 'google', 'meta', 'llama'])
      expect(ids, id).toContain(id);
  });

  it('gives every fact and relation an https source and an as-of date', () => {
    for (const e of ds.entities) {
      for (const [key, f] of Object.entries(e.facts)) {
        expect(f.source.url, `${e.id}.${key}`).toMatch(/^https:\/\//);
        expect(f.asOf, `${e.id}.${key}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      for (const r of e.relations) expect(r.source.url, `${e.id} ${r.type}`).toMatch(/^https:\/\//);
    }
  });
});

describe('entity JSON Schema for editors', () => {
  it('is up to date with the zod schema (regenerate: npx tsx tests/scripts/json-schema.ts)', async () => {
    const { readFileSync } = await import('node:fs');
    const { entityJsonSchema } = await import('@/lib/background/dataset/json-schema');
    const committed = JSON.parse(readFileSync('assets/data/entity.schema.json', 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(entityJsonSchema())));
  });
});
