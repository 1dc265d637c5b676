import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CLAIM_KINDS, VERDICTS } from '@/lib/core/claims/types';

/*
 * Shape check for the fifth held-out claims set (tests/fixtures/claims/test5.json).
 * It only checks the file's form, so a hand edit cannot silently break the scorer:
 * it never runs the claim engine and never looks at what the engine would say.
 */

const ROOT = join(import.meta.dirname, '../../..');
const DATA = join(ROOT, 'assets/data');

const Claim = z.object({
  entity: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(CLAIM_KINDS),
  quote: z.string().min(1),
  expected: z.enum(VERDICTS),
  why: z.string().min(10),
});

const Item = z.object({
  id: z.string().regex(/^r\d{3}$/),
  split: z.literal('test'),
  text: z.string().min(1),
  lang: z.enum(['en', 'zh', 'zh-Hant']),
  page: z.object({
    url: z.string().regex(/^https?:\/\//),
    title: z.string().min(1).nullable(),
    published: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .nullable(),
  }),
  claims: z.array(Claim),
});

const set = z
  .object({ about: z.string(), items: z.array(Item).min(120) })
  .parse(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/claims/test5.json'), 'utf8')));

const entityIds = new Set(
  readdirSync(DATA, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(DATA, d.name)).map((f) => f.replace(/\.json$/, ''))),
);

describe('test5.json (fifth held-out claims set)', () => {
  it('numbers its items r001, r002, … without gaps', () => {
    expect(set.items.map((i) => i.id)).toEqual(set.items.map((_, n) => `r${String(n + 1).padStart(3, '0')}`));
  });

  it('quotes exact substrings of each text', () => {
    const bad = set.items.flatMap((i) =>
      i.claims.filter((c) => !i.text.includes(c.quote)).map((c) => `${i.id}: ${c.quote}`),
    );
    expect(bad).toEqual([]);
  });

  it('names entities that exist in assets/data', () => {
    expect(existsSync(DATA)).toBe(true);
    const bad = set.items.flatMap((i) =>
      i.claims.filter((c) => !entityIds.has(c.entity)).map((c) => `${i.id}: ${c.entity}`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps every text unique', () => {
    expect(new Set(set.items.map((i) => i.text)).size).toBe(set.items.length);
  });
});
