// Reads a Chromium trace (page.tracing) of one page load: the page's main-thread tasks, and which of
// them are LabLens's. A task is LabLens's when it runs script from chrome-extension:// (content
// script evaluation, callbacks into it) or delivers an extension message (extensions.mojom.*) whose
// promise continuations then run in the content script's microtasks. A rendering task that starts
// right after a LabLens task is its highlight paint (the page is otherwise idle by then).

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'mojom',
  'blink.user_timing',
  'loading',
];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export interface Task {
  /** ms since navigation start (page clock, like performance.now()). */
  start: number;
  ms: number;
  kind: 'lablens' | 'render' | 'other';
  /** Tasks over 50 ms: the biggest events inside, e.g. "RunMicrotasks 101 ms, FunctionCall 3 ms". */
  what?: string;
  /** A rendering task right after a LabLens task (see longestPaintAfterLablens). */
  afterLablens?: boolean;
  /** The task that evaluates the content script. */
  evaluates?: boolean;
}

export interface TraceSummary {
  tasks: Task[];
  /** Sum of LabLens script tasks, ms. */
  lablensMs: number;
  longestLablens: number;
  /** Longest rendering task that starts within 16 ms after a LabLens task ends. */
  longestPaintAfterLablens: number;
  longestAny: number;
  /** Content script evaluation start, ms since navigation start. */
  contentScriptStart?: number;
}

const EXT = 'chrome-extension://';
const RENDER = new Set(['Layout', 'PrePaint', 'Paint', 'UpdateLayoutTree', 'Commit']);
/** Events that say what a task did, for the long-task list. */
const TELLING = new Set([
  ...RENDER,
  'EvaluateScript',
  'FunctionCall',
  'FireIdleCallback',
  'TimerFire',
  'RunMicrotasks',
  'ParseHTML',
  'EventDispatch',
  'FireAnimationFrame',
  'MajorGC',
  'MinorGC',
]);

function describe(events: TraceEvent[]): string {
  const top = new Map<string, number>();
  for (const e of events) if (TELLING.has(e.name)) top.set(e.name, Math.max(top.get(e.name) ?? 0, (e.dur ?? 0) / 1000));
  return [...top]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([n, d]) => `${n} ${d.toFixed(0)} ms`)
    .join(', ');
}

export function summarizeTrace(json: Uint8Array | undefined, pageUrl: string): TraceSummary {
  const events = (JSON.parse(Buffer.from(json ?? []).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const parse = events.find((e) => e.name === 'ParseHTML' && JSON.stringify(e.args).includes(pageUrl));
  const empty = { tasks: [], lablensMs: 0, longestLablens: 0, longestPaintAfterLablens: 0, longestAny: 0 };
  if (!parse) return empty;
  const { pid, tid } = parse;
  const mine = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X').sort((a, b) => a.ts - b.ts);
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.pid === pid && JSON.stringify(e.args).includes(pageUrl),
  );
  const origin = nav?.ts ?? parse.ts;
  const toPage = (ts: number) => (ts - origin) / 1000;
  const tasks: Task[] = [];
  let contentScriptStart: number | undefined;
  // Tasks do not nest; walk events in time order, attributing each to the task that contains it.
  let i = 0;
  for (const t of mine.filter((e) => e.name === 'RunTask' && e.ts >= origin)) {
    const end = t.ts + (t.dur ?? 0);
    while (i < mine.length && (mine[i] as TraceEvent).ts < t.ts) i++;
    let lablens = false;
    let render = false;
    let evaluates = false;
    const inside: TraceEvent[] = [];
    for (let j = i; j < mine.length && (mine[j] as TraceEvent).ts < end; j++) {
      const e = mine[j] as TraceEvent;
      inside.push(e);
      const args = e.args ? JSON.stringify(e.args) : '';
      if (args.includes(EXT) || (e.name === 'Receive mojo message' && args.includes('"extensions.mojom.'))) {
        lablens = true;
        if (e.name === 'EvaluateScript' && contentScriptStart === undefined) {
          contentScriptStart = toPage(e.ts);
          evaluates = true;
        }
      }
      if (RENDER.has(e.name)) render = true;
    }
    tasks.push({
      start: toPage(t.ts),
      ms: (t.dur ?? 0) / 1000,
      kind: lablens ? 'lablens' : render ? 'render' : 'other',
      ...(evaluates ? { evaluates } : {}),
      ...((t.dur ?? 0) > 50_000 ? { what: describe(inside) } : {}),
    });
  }
  const ll = tasks.filter((t) => t.kind === 'lablens');
  // The content script's evaluation changes nothing on the page (the card host is made on first hover,
  // reading waits for a rendered frame), so the frame after it is the page's own: at document_idle on a
  // 5 MB page that is its first big layout (~70 ms), with or without LabLens.
  // Before that evaluation no LabLens code exists in the page: an extension message then (the browser
  // preparing the injection) cannot paint, and the page's own parsing follows it (yahoo-2: ParseHTML 74 ms).
  const painters = ll.filter((l) => !l.evaluates && contentScriptStart !== undefined && l.start > contentScriptStart);
  const paints = tasks.filter(
    (t) => t.kind === 'render' && painters.some((l) => t.start >= l.start + l.ms && t.start - (l.start + l.ms) <= 16),
  );
  for (const p of paints) p.afterLablens = true;
  const max = (xs: Task[]) => xs.reduce((m, t) => Math.max(m, t.ms), 0);
  return {
    tasks,
    lablensMs: ll.reduce((s, t) => s + t.ms, 0),
    longestLablens: max(ll),
    longestPaintAfterLablens: max(paints),
    longestAny: max(tasks),
    ...(contentScriptStart === undefined ? {} : { contentScriptStart }),
  };
}
