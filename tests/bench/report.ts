// The results as markdown tables, and the budgets from the issue checked against them.
import type { PageRun } from './measure';
import type { BenchPage } from './pages';
import type { References } from './references';
import type { Scaling } from './scaling';

export interface PageResult {
  page: BenchPage;
  ext: PageRun;
  base: PageRun;
  refs?: References;
}

export interface Budget {
  name: string;
  measured: string;
  limit: string;
  pass: boolean;
}

const ms = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(n < 1 ? 2 : n < 10 ? 1 : 0)} ms`);
const kb = (n: number) => (n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`);
const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 2 : 0)}×` : '—');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** Script time LabLens adds: ScriptDuration with the extension minus without, same page. */
export const added = (r: PageResult) => r.ext.scriptMs - r.base.scriptMs;
const maxLongTask = (run: PageRun) => Math.max(0, ...run.record.longTasks.map((t) => t.duration));

function allHighlighted(r: PageResult): string {
  const { lastHighlight, record } = r.ext;
  if (lastHighlight === undefined) return '—';
  if (record.streamEnd === undefined) return ms(lastHighlight);
  const during = record.counts.filter(([t]) => t > (record.firstHighlight ?? 0) && t <= record.streamEnd!).length;
  return `stream end + ${ms(lastHighlight - record.streamEnd)} (${during} updates during the stream)`;
}

export function pageTable(results: PageResult[]): string {
  return table(
    [
      'page',
      'HTML',
      'load event with / without',
      'highlights',
      'first highlight',
      'all highlighted',
      'script added (ScriptDuration Δ)',
      'LabLens tasks Σ (trace)',
      'longest LabLens task',
      'frame after LabLens task',
      'longest task with / without',
      'longtask API max with / without',
      'JS heap Δ',
    ],
    results.map((r) => [
      r.page.name,
      kb(r.page.bytes),
      `${ms(r.ext.record.loadEnd)} / ${ms(r.base.record.loadEnd)}`,
      r.ext.highlights,
      ms(r.ext.record.firstHighlight),
      allHighlighted(r),
      ms(added(r)),
      `${ms(r.ext.trace.lablensMs)} in ${r.ext.trace.tasks.filter((t) => t.kind === 'lablens').length} tasks`,
      ms(r.ext.trace.longestLablens),
      ms(r.ext.trace.longestPaintAfterLablens),
      `${ms(r.ext.trace.longestAny)} / ${ms(r.base.trace.longestAny)}`,
      `${ms(maxLongTask(r.ext))} / ${ms(maxLongTask(r.base))}`,
      kb(r.ext.heap - r.base.heap),
    ]),
  );
}

export function referenceTable(results: PageResult[]): string {
  return table(
    [
      'page',
      'text nodes',
      'TreeWalker (warm / first pass)',
      'mark.js (script / + layout)',
      'mark.js marks',
      'LabLens added ÷ TreeWalker',
      'mark.js ÷ LabLens added',
    ],
    results
      .filter((r) => r.refs)
      .map((r) => {
        const f = r.refs!;
        return [
          r.page.name,
          f.textNodes,
          `${ms(f.walkMs)} / ${ms(f.walkFirstMs)}`,
          `${ms(f.markMs)} / ${ms(f.markWithLayoutMs)}`,
          f.marks,
          x(added(r) / f.walkMs),
          x(f.markMs / added(r)),
        ];
      }),
  );
}

export function scalingTable(s: Scaling): string {
  return table(
    ['alias list', 'aliases', 'buildMatcher + first scan', 'warm scan (median of 5)', 'mentions'],
    [
      ['real', s.real.aliases, ms(s.real.coldMs), ms(s.real.scanMs), s.real.mentions],
      ['padded 10×', s.padded.aliases, ms(s.padded.coldMs), ms(s.padded.scanMs), s.padded.mentions],
      ['ratio', x(s.padded.aliases / s.real.aliases), x(s.coldRatio), x(s.scanRatio), ''],
    ],
  );
}

export function budgets(results: PageResult[], scaling: Scaling, contentGz: number): Budget[] {
  const out: Budget[] = [];
  const oneMb = results.find((r) => r.page.name.includes('1 MB'));
  if (oneMb?.refs) {
    const a = added(oneMb);
    out.push({
      name: '1 MB page: LabLens added script time ≤ 3× the bare TreeWalker pass',
      measured: `${ms(a)} = ${x(a / oneMb.refs.walkMs)} of ${ms(oneMb.refs.walkMs)}`,
      limit: '≤ 3×',
      pass: a <= 3 * oneMb.refs.walkMs,
    });
    out.push({
      name: '1 MB page: mark.js ≥ 10× LabLens added script time',
      measured: `${ms(oneMb.refs.markMs)} = ${x(oneMb.refs.markMs / a)} of ${ms(a)}`,
      limit: '≥ 10×',
      pass: oneMb.refs.markMs >= 10 * a,
    });
  }
  for (const r of results) {
    const t = r.ext.trace;
    out.push({
      name: `${r.page.name}: longest LabLens script task`,
      measured: ms(t.longestLablens),
      limit: '≤ 50 ms',
      pass: t.longestLablens <= 50,
    });
    if (!r.page.streaming)
      out.push({
        name: `${r.page.name}: longest frame right after a LabLens task (highlight paint)`,
        measured: ms(t.longestPaintAfterLablens),
        limit: '≤ 50 ms',
        pass: t.longestPaintAfterLablens <= 50,
      });
  }
  out.push({
    name: 'alias scaling: 10× aliases, warm scan of the 1 MB text',
    measured: x(scaling.scanRatio),
    limit: '≤ 1.3×',
    pass: scaling.scanRatio <= 1.3,
  });
  out.push({
    name: 'content script size (gzip -9)',
    measured: kb(contentGz),
    limit: '≤ 40 KB',
    pass: contentGz <= 40 * 1024,
  });
  return out;
}

export const budgetTable = (b: Budget[]) =>
  table(
    ['budget', 'measured', 'limit', 'result'],
    b.map((r) => [r.name, r.measured, r.limit, r.pass ? 'pass' : '**FAIL**']),
  );
