import type { Matcher } from '../match/build-matcher';
import { PageIndex } from './page-index';
import { runInSlices } from './schedule';
import { blockRoot, outermost, walkTextBlocks } from './text-blocks';

/** How often a long read shows what it has found so far. */
const PAINT_EVERY_MS = 250;

export interface ScannerHooks {
  /** Called with the mentions to show: after the first slice (visible text first), every PAINT_EVERY_MS, and when a pass ends. */
  paint(index: PageIndex): void;
  /** The element of each block with a name in it, as it is read (to watch its distance from the viewport). */
  onBlock?(container: Node): void;
  /** Open shadow roots found while reading, for the observer. */
  onShadow?(root: ShadowRoot): void;
}

/**
 * Reads the page in short slices and keeps the index current as it changes.
 * One pass at a time: changes that arrive during a pass are queued.
 */
export class PageScanner {
  readonly index: PageIndex;
  private pending = new Set<Node>();
  private sweep = false;
  private running: Promise<void> = Promise.resolve();
  private busy = 0;

  /** True when no read is under way. */
  get idle(): boolean {
    return this.busy === 0;
  }

  constructor(
    private readonly root: Node,
    matcher: Matcher,
    kindOf: ReadonlyMap<string, string>,
    private readonly hooks: ScannerHooks,
    private readonly signal: AbortSignal,
  ) {
    this.index = new PageIndex(matcher, kindOf);
  }

  /** The first full read. */
  start(): Promise<void> {
    this.running = this.read([this.root]);
    return this.running;
  }

  /** Nodes that changed (from the observer); `removed` when text may have left the page. */
  changed(nodes: Iterable<Node>, removed: boolean): Promise<void> {
    this.busy++;
    for (const n of nodes) this.pending.add(blockRoot(n));
    this.sweep ||= removed;
    this.running = this.running.then(() => this.flush()).finally(() => this.busy--);
    return this.running;
  }

  private async flush(): Promise<void> {
    const roots = outermost(this.pending);
    const sweep = this.sweep;
    this.pending.clear();
    this.sweep = false;
    if (!roots.length && !sweep) return;
    this.index.forget(new Set(roots), sweep);
    await this.read(roots);
  }

  private async read(roots: Node[]): Promise<void> {
    this.busy++;
    try {
      await this.readAll(roots);
    } finally {
      this.busy--;
    }
  }

  private async readAll(roots: Node[]): Promise<void> {
    let first = true;
    let painted = performance.now();
    // All roots in one run of slices: a burst of 100 new paragraphs is not 100 separate runs.
    const hooks = this.hooks;
    const blocks = (function* () {
      for (const root of roots) yield* walkTextBlocks(root, hooks.onShadow);
    })();
    await runInSlices(
      () => {
        const next = blocks.next();
        // Only blocks with names are watched: observing every paragraph of a 5 MB page costs frames.
        if (!next.done && this.index.add(next.value)) hooks.onBlock?.(next.value.container);
        return !next.done;
      },
      this.signal,
      {
        onSlice: (done) => {
          // Visible text first; then every PAINT_EVERY_MS, so each (incremental) resolve stays small
          // and the last one does not resolve a whole long page in one task.
          if (!done && ((first && roots.length === 1) || performance.now() - painted > PAINT_EVERY_MS)) {
            hooks.paint(this.index);
            painted = performance.now();
          }
          first = false;
        },
      },
    );
    if (!this.signal.aborted) hooks.paint(this.index);
  }
}
