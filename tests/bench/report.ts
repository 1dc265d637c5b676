// The results as markdown tables.
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

export const ms = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(n < 1 ? 2 : n < 10 ? 1 : 0)} ms`);
export const kb = (n: number) => (n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${(n / 1024).toFixed(1)} KB`);
export const x = (n: number) => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 2 : 0)}×` : '—');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
export const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

/** Script time LabLens adds: ScriptDuration with the extension minus without, same page. */
export const added = (r: PageResult) => r.ext.scriptMs - r.base.scriptMs;
const maxLongTask = (run: PageRun) => Math.max(0, ...run.record.longTasks.map((t) => t.duration));

function allHighlighted(r: PageResult): string {
  const { lastHighlight, record } = r.ext;
  if (lastHighlight === undefined) return '—';
  const end = record.streamEnd;
  if (end === undefined) return ms(lastHighlight);
  const during = record.counts.filter(([t]) => t > (record.firstHighlight ?? 0) && t <= end).length;
  const stream = `stream ended at ${ms(end)}, without LabLens at ${ms(r.base.record.streamEnd)}`;
  // Paragraphs land below the viewport, where nothing is painted until the reader scrolls there.
  if (lastHighlight < end) return `${ms(lastHighlight)}, before the stream ended (${stream})`;
  return `stream end + ${ms(lastHighlight - end)} (${during} updates during the stream; ${stream})`;
}

export function pageTable(results: PageResult[]): string {
  return table(
    [
      'page',
      'HTML',
      'load event with / without',
      'painted highlights (near the viewport)',
      'content script start',
      'first highlight',
      'all highlighted',
      'script added (ScriptDuration Δ)',
      'main thread added (TaskDuration Δ)',
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
      ms(r.ext.trace.contentScriptStart),
      ms(r.ext.record.firstHighlight),
      allHighlighted(r),
      ms(added(r)),
      ms(r.ext.taskMs - r.base.taskMs),
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

/** Every task over 50 ms that LabLens ran or caused (the paint right after it), per page, longest first. */
export function longTaskList(results: PageResult[], max = 6): string {
  const lines: string[] = [];
  for (const r of results) {
    const long = r.ext.trace.tasks
      .filter((t) => t.ms > 50 && (t.kind === 'lablens' || t.afterLablens))
      .sort((a, b) => b.ms - a.ms);
    const shown = long
      .slice(0, max)
      .map(
        (t) => `${ms(t.ms)} at ${ms(t.start)} (${t.kind === 'lablens' ? 'LabLens' : 'paint after LabLens'}: ${t.what})`,
      );
    const more = long.length > max ? `; ${long.length - max} more` : '';
    lines.push(`- **${r.page.name}**: ${shown.length ? shown.join('; ') + more : 'none'}`);
  }
  return lines.join('\n');
}
