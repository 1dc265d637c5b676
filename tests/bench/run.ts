// `npm run bench`: builds (via the npm script), then measures LabLens in real Chromium on local pages,
// with the two references and the budgets from the issue. Prints markdown and writes
// tests/bench/results.md; exits 1 if a budget fails. Nothing leaves 127.0.0.1.
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD, serve } from '../e2e/harness';
import { aliasRegExpSource, realAliases } from './aliases';
import { withExtension, withoutExtension } from './browsers';
import { budgets, budgetTable } from './budgets';
import { measurePage } from './measure';
import { benchPages } from './pages';
import { measureReferences } from './references';
import { longTaskList, type PageResult, pageTable, referenceTable, scalingTable } from './report';
import { measureScaling } from './scaling';

const log = (s: string) => process.stderr.write(`[bench] ${s}\n`);
const started = Date.now();
const loadBefore = loadavg()[0]!;

const contentJs = readFileSync(join(CHROME_BUILD, 'content-scripts/content.js'));
const contentGz = gzipSync(contentJs, { level: 9 }).length;
const aliases = realAliases();
const pages = benchPages();
const oneMb = pages.find((p) => p.name.includes('1 MB'))!;

log(`alias scaling on the matcher (${aliases.length} real aliases)`);
const scaling = measureScaling(aliases, oneMb.html!);

const extra = Object.fromEntries(pages.filter((p) => p.html).map((p) => [p.path, p.html!]));
const server = await serve(undefined, extra);
const warmUp = server.url('/sample-article.html');
// BENCH_ONLY=streaming (a substring of page names) measures only those pages in the browsers.
const measured = pages.filter((p) => p.name.includes(process.env.BENCH_ONLY ?? ''));
const runs = new Map<string, Partial<PageResult>>(measured.map((p) => [p.name, { page: p }]));

try {
  for (const withExt of [true, false]) {
    const b = withExt ? await withExtension(warmUp) : await withoutExtension(warmUp);
    try {
      for (const p of measured) {
        log(`${p.name} ${withExt ? 'with' : 'without'} LabLens`);
        const run = await measurePage(b.browser, p, server.url(p.path), withExt);
        for (const e of run.errors) log(`  page error: ${e.slice(0, 200)}`);
        if (!run.settled) log('  the page was still busy when the wait gave up');
        runs.get(p.name)![withExt ? 'ext' : 'base'] = run;
        if (!withExt && !p.streaming) {
          log(`${p.name}: TreeWalker and mark.js`);
          runs.get(p.name)!.refs = await measureReferences(b.browser, server.url(p.path), aliasRegExpSource(aliases));
        }
      }
    } finally {
      await b.close();
    }
  }
} finally {
  await server.close();
}

const results = [...runs.values()] as PageResult[];
const checked = budgets(results, scaling, contentGz);
const chromium = (await import('node:child_process'))
  .execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  .toString()
  .trim();

const md = `# LabLens benchmark

${new Date().toISOString().slice(0, 16)} · ${chromium} (headless) · Node ${process.version} · ${cpus().length} cores ·
${aliases.length} aliases · run took ${((Date.now() - started) / 1000).toFixed(0)} s · load average
${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after. One run per page and browser: expect ±10–20 % between
runs, more when the machine is busy (load above the core count).

## LabLens in the page (with vs without the extension)

${pageTable(results)}

Long tasks (> 50 ms) LabLens ran or caused, from the trace (times since navigation start):

${longTaskList(results)}

## References on the same pages (browser without LabLens, same alias list)

${referenceTable(results)}

## Alias scaling (matcher in Node, the 1 MB page's ${scaling.chars} characters of text)

${scalingTable(scaling)}

## Budgets

${budgetTable(checked)}

Content script: ${(contentJs.length / 1024).toFixed(1)} KB raw, ${(contentGz / 1024).toFixed(1)} KB gzip -9.

## How each number is measured

- **quiet**: every tab is measured once the highlight count has been stable for 1 s (1.5 s on the
  streaming page) and its main thread was under 10 % busy over that time (CDP TaskDuration); 30 s / 40 s max.
- **first highlight / all highlighted**: a 10 ms poll in the page (installed before the page's scripts) of
  \`CSS.highlights\` for a \`lablens-*\` highlight; ms since navigation start (\`performance.now()\`). "All" is
  when the highlighted-range count last changed. For the streaming page, relative to the last append.
- **content script start**: the EvaluateScript of content.js in the trace, ms since navigation start; with
  "all highlighted" it gives the scan's wall time in isolation (LabLens runs in idle slices).
- **script added**: CDP \`Performance.getMetrics\` ScriptDuration of the tab once it is quiet, with the
  extension minus without (a plain Chromium, same arguments), same page. Includes LabLens's startup.
  **main thread added**: the same for TaskDuration (script + style, layout, paint: what highlights cost).
- **LabLens tasks (trace)**: main-thread tasks of the page's renderer in a Chromium trace that run
  chrome-extension:// script or deliver an extension message (\`extensions.mojom.*\`, whose continuations
  run the content script's awaits). **Frame after LabLens task**: a rendering task starting ≤ 16 ms
  after a LabLens task ends (painting the highlights it registered); not after the task that evaluates the
  content script, which changes nothing on the page (that frame is the page's own first layout).
- **longtask API**: a \`PerformanceObserver('longtask')\` in the page; it misses tasks that run
  only a microtask checkpoint (extension message replies), so the trace is the reference.
- **JS heap Δ**: JSHeapUsedSize after a forced GC (HeapProfiler.collectGarbage), with minus without.
- **TreeWalker**: \`createTreeWalker(body, SHOW_TEXT)\` reading every node's \`data\`, timed in the page
  (warm: per pass, in batches, as \`performance.now()\` is coarse; first: the first pass alone); the
  median of three fresh tabs.
- **mark.js**: \`new Mark(body).markRegExp(/alias1|alias2|…/gi)\` (escaped, longest first), once per tab
  (it changes the page); the median of three fresh tabs (single runs varied from 200 to 360 ms on 1 MB).
- **alias scaling**: \`buildMatcher\` + \`findMentions\` over every block of the 1 MB page in Node, real list
  vs the list padded with generated names to 10×; the warm scan ratio is the budget.
`;

writeFileSync(join(import.meta.dirname, 'results.md'), md);
process.stdout.write(md);
const failed = checked.filter((b) => !b.pass);
log(failed.length ? `${failed.length} budget(s) failed` : 'all budgets pass');
process.exitCode = failed.length ? 1 : 0;
