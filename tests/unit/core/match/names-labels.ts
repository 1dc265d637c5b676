import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Kind } from '../../../../lib/core/kinds';

/** The hand labels of tests/fixtures/names/pages.json (format and rules in that folder's README). */
const LabelSchema = z.strictObject({
  text: z.string().min(1),
  entity: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .nullable(),
  form: z.enum(['full', 'context']),
  count: z.number().int().positive(),
  alt: z
    .array(z.string().regex(/^[a-z0-9-]+$/))
    .min(1)
    .optional(),
});
const PageSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  url: z.url(),
  title: z.string().min(1),
  lang: z.enum(['en', 'zh', 'de', 'fr', 'ja', 'es']),
  aboutAi: z.boolean(),
  split: z.enum(['dev', 'test']),
  text: z.string().min(1),
  mentions: z.array(LabelSchema),
  traps: z.array(z.string().min(1)).optional(),
});
const CorpusSchema = z.strictObject({ version: z.literal(1), pages: z.array(PageSchema).min(1) });

export type NamesPage = z.infer<typeof PageSchema>;
export type NamesLabel = z.infer<typeof LabelSchema>;

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../../..');

export function loadNamesCorpus(): NamesPage[] {
  const raw = readFileSync(join(ROOT, 'tests/fixtures/names/pages.json'), 'utf8');
  return CorpusSchema.parse(JSON.parse(raw)).pages;
}

/** Every entity id in assets/data, with its kind (the folder it lives in). */
export function datasetKinds(): Map<string, Kind> {
  const dirs: Record<string, Kind> = {
    labs: 'lab',
    models: 'model',
    products: 'product',
    people: 'person',
    chips: 'chip',
  };
  const out = new Map<string, Kind>();
  for (const [dir, kind] of Object.entries(dirs))
    for (const f of readdirSync(join(ROOT, 'assets/data', dir))) out.set(f.replace(/\.json$/, ''), kind);
  return out;
}

/** One labelled occurrence in the page text; `label` undefined for a trap (a name in another sense). */
export interface Span {
  start: number;
  end: number;
  label?: NamesLabel;
}

const ascii = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/.test(c);

/**
 * Places each label's occurrences in the text: whole tokens (no ASCII letter or
 * digit on a side that is one), longest texts first, never inside a longer
 * label or trap. Returns the spans and, per label, how many were found, so a
 * wrong `count` or a missing trap shows up as a mismatch.
 */
export function placeLabels(page: NamesPage): { spans: Span[]; found: Map<NamesLabel, number> } {
  const items: { text: string; label?: NamesLabel }[] = [
    ...(page.traps ?? []).map((text) => ({ text })),
    ...page.mentions.map((label) => ({ text: label.text, label })),
  ].sort((a, b) => b.text.length - a.text.length);
  const spans: Span[] = [];
  const found = new Map<NamesLabel, number>();
  const t = page.text;
  for (const { text, label } of items) {
    let n = 0;
    for (let i = t.indexOf(text); i >= 0; i = t.indexOf(text, i + 1)) {
      const j = i + text.length;
      if (ascii(text[0]) && ascii(t[i - 1])) continue;
      if (ascii(text.at(-1)) && ascii(t[j])) continue;
      if (spans.some((s) => s.start < j && i < s.end)) continue;
      spans.push(label ? { start: i, end: j, label } : { start: i, end: j });
      n++;
    }
    if (label) found.set(label, n);
    else if (n === 0) found.set({ text, entity: null, form: 'full', count: 1 }, 0);
  }
  return { spans: spans.sort((a, b) => a.start - b.start), found };
}
