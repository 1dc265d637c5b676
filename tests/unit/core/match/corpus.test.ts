// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readTextBlocks } from '../../../../lib/content/read/text-blocks';
import { buildMatcher } from '../../../../lib/core/match/build-matcher';
import { findMentions } from '../../../../lib/core/match/find-mentions';
import { resolvePage } from '../../../../lib/core/match/page-rules';
import { bundledAliases } from './bundled';

/**
 * The matcher alone against the hand-labelled pages the e2e corpus test opens
 * in Chromium (tests/fixtures): same pipeline as the content script (text blocks → matcher → page rules), counted per entity,
 * in seconds instead of a browser run, so a matcher change shows its effect here.
 */
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');
interface Expected {
  page: string;
  aboutAi: boolean;
  mentions: { entityId: string; count: number }[];
}

it('finds the labelled names on the fixture pages: precision and recall at least 0.95, nothing on non-AI pages', () => {
  const m = buildMatcher(bundledAliases());
  let tp = 0;
  let found = 0;
  let wanted = 0;
  const nonAiHits: string[] = [];
  for (const file of readdirSync(`${FIXTURES}/expected`).filter((f) => f.endsWith('.json'))) {
    const c: Expected = JSON.parse(readFileSync(`${FIXTURES}/expected/${file}`, 'utf8'));
    document.body.innerHTML = readFileSync(`${FIXTURES}/pages/${c.page}`, 'utf8');
    const blocks = readTextBlocks(document.body);
    const hits = resolvePage(blocks.map((b) => ({ text: b.text, mentions: findMentions(m, b.text) }))).flat();
    const got = new Map<string, number>();
    for (const h of hits) got.set(h.entityId, (got.get(h.entityId) ?? 0) + 1);
    const want = new Map<string, number>();
    for (const w of c.mentions) want.set(w.entityId, (want.get(w.entityId) ?? 0) + w.count);
    for (const [id, n] of want) tp += Math.min(n, got.get(id) ?? 0);
    found += hits.length;
    wanted += c.mentions.reduce((n, w) => n + w.count, 0);
    if (!c.aboutAi) nonAiHits.push(...hits.map((h) => `${c.page}: ${h.matched}`));
  }
  console.info(
    `corpus: precision ${(tp / found).toFixed(3)}, recall ${(tp / wanted).toFixed(3)} (${tp}/${found}/${wanted})`,
  );
  expect(nonAiHits).toEqual([]);
  expect(tp / found).toBeGreaterThanOrEqual(0.95);
  expect(tp / wanted).toBeGreaterThanOrEqual(0.95);
});
