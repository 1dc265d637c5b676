import { KINDS } from '../../../../lib/core/kinds';
import type { Tally } from './names-score';

const pct = ([n, d]: [number, number]) => (d ? `${(n / d).toFixed(3)} (${n}/${d})` : '-');

/** The table the corpus test prints: one column per split. */
export function report(tallies: Record<'dev' | 'test', Tally>): string {
  const splits = ['dev', 'test'] as const;
  const rows: [string, (t: Tally) => string][] = [
    ['recall, full names', (t) => pct(t.full)],
    ['recall, context forms', (t) => pct(t.context)],
    ['precision', (t) => pct(t.precision)],
    ['right highlights with the exact span', (t) => pct([t.exact, t.precision[0]])],
    ...KINDS.map((k): [string, (t: Tally) => string] => [
      `${k}: recall / precision`,
      (t) => `${pct(t.byKind.get(k)?.recall ?? [0, 0])} / ${pct(t.byKind.get(k)?.precision ?? [0, 0])}`,
    ]),
    ...['en', 'zh', 'de', 'fr', 'ja', 'es'].map((l): [string, (t: Tally) => string] => [
      `${l}: recall / precision`,
      (t) => `${pct(t.byLang.get(l)?.recall ?? [0, 0])} / ${pct(t.byLang.get(l)?.precision ?? [0, 0])}`,
    ]),
    ['non-AI pages with any highlight', (t) => `${t.nonAi.anyHighlight.length}/${t.nonAi.pages}`],
    ['coverage gaps (labelled, not in dataset)', (t) => String(t.gaps)],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  const cells = rows.map(([name, f]) =>
    [name.padEnd(width), ...splits.map((s) => f(tallies[s]).padEnd(30))].join(' | '),
  );
  return [['names corpus'.padEnd(width), ...splits.map((s) => s.padEnd(30))].join(' | '), ...cells].join('\n');
}

/** The most frequent error patterns of one split, most frequent first. */
export function topErrors(t: Tally, n: number): string[] {
  return [...t.errors]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([k, c]) => `${c}× ${k}`);
}
