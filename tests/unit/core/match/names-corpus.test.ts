import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../../lib/core/match/build-matcher';
import { bundledAliases } from './bundled';
import { datasetKinds, loadNamesCorpus, placeLabels } from './names-labels';
import { report, topErrors } from './names-report';
import { count, emptyTally, highlight, judge } from './names-score';

/**
 * The held-out names corpus (tests/fixtures/names): real page excerpts labelled
 * by hand before the matcher saw them, split dev/test. Tune on dev; test is the
 * headline number. The table is printed; the assertions guard the labels, and
 * the scores only by coarse floors a little under today's numbers (dev 0.978 /
 * test 0.959 full recall, 0.765 / 0.905 context forms, 0.996 / 0.979 precision):
 * they catch a broken matcher, not a rule trade-off.
 */
const pages = loadNamesCorpus();
const kinds = datasetKinds();
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../fixtures');

describe('names corpus: the labels', () => {
  it('name only entities of the dataset', () => {
    const unknown = pages.flatMap((p) =>
      p.mentions.flatMap((m) => [m.entity, ...(m.alt ?? [])]).filter((id) => id !== null && !kinds.has(id)),
    );
    expect(unknown).toEqual([]);
  });

  it('occur in the text exactly `count` times as whole tokens, and every trap occurs', () => {
    const wrong = pages.flatMap((p) =>
      [...placeLabels(p).found]
        .filter(([l, n]) => n !== l.count)
        .map(([l, n]) => `${p.id}: "${l.text}" ${n}≠${l.count}`),
    );
    expect(wrong).toEqual([]);
  });

  it('split the pages into disjoint dev and test halves that both mix languages and other senses', () => {
    expect(new Set(pages.map((p) => p.id)).size).toBe(pages.length);
    expect(new Set(pages.map((p) => p.url)).size).toBe(pages.length);
    for (const split of ['dev', 'test'] as const) {
      const half = pages.filter((p) => p.split === split);
      expect(half.length).toBeGreaterThanOrEqual(25);
      expect(half.filter((p) => !p.aboutAi).length).toBeGreaterThanOrEqual(12);
      expect(new Set(half.map((p) => p.lang)).size).toBeGreaterThanOrEqual(4);
    }
  });

  it('take no page that another fixture already holds', () => {
    const dirs = ['pages', 'readability', 'claims'];
    const others = dirs.flatMap((d) =>
      readdirSync(join(FIXTURES, d)).map((f) => readFileSync(join(FIXTURES, d, f), 'utf8')),
    );
    const reused = pages.filter((p) => others.some((o) => o.includes(p.url)));
    expect(reused.map((p) => p.url)).toEqual([]);
  });
});

it('scores the name finder on each split and prints the table', () => {
  const m = buildMatcher(bundledAliases());
  const tallies = { dev: emptyTally(), test: emptyTally() };
  for (const p of pages) {
    const { spans } = placeLabels(p);
    count(tallies[p.split], p, spans, judge(spans, highlight(m, p.text)), kinds);
  }
  console.info(report(tallies));
  // Error patterns of the dev half only: test stays held out.
  console.info(`dev errors, most frequent first:\n${topErrors(tallies.dev, 25).join('\n')}`);
  console.info(`dev pages not about AI with a highlight: ${tallies.dev.nonAi.anyHighlight.join(', ')}`);
  const ratio = ([n, d]: [number, number]) => n / d;
  for (const t of Object.values(tallies)) {
    expect(ratio(t.full)).toBeGreaterThanOrEqual(0.93);
    expect(ratio(t.context)).toBeGreaterThanOrEqual(0.7);
    expect(ratio(t.precision)).toBeGreaterThanOrEqual(0.95);
    expect(t.nonAi.anyHighlight.length).toBeLessThanOrEqual(2);
  }
});
