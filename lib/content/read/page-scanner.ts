import type { Matcher } from '../../core/match/build-matcher';
import { PageIndex } from './page-index';
import type { ReadingBand } from './reading-band';
import { runInSlices } from './schedule';
import { blockRoot, hasAncestorIn, outermost, readable, readableRoot, splitBlock, walkTextBlocks } from './text-blocks';

/** How often a long read shows what it has found so far. */
const PAINT_EVERY_MS = 250;
/** Or sooner, once this many names wait: resolving 32,000 at once is a task of hundreds of ms. */
const PAINT_EVERY_NAMES = 1500;

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
 * One pass at a time: changes that arrive during a pass are queued. With a
 * ReadingBand, text far from the viewport waits until it comes near or the
 * whole page is asked for.
 */
export class PageScanner {
  readonly index: PageIndex;
  private pending = new Set<Node>();
  private sweep = false;
  private running: Promise<void> = Promise.resolve();
  private busy = 0;
  /** Set once the whole page was asked for: from then on nothing is set aside. */
  private whole = false;

  /** True when no read is under way. */
  get idle(): boolean {
    return this.busy === 0;
  }

  /** Set by start(): a scanner made but not started yet (the reader waits a frame) has read nothing. */
  private started = false;

  /** True when every piece of text on the page has been read. */
  get complete(): boolean {
    return this.started && this.idle && !this.band?.size;
  }

  constructor(
    private readonly root: Node,
    matcher: Matcher,
    kindOf: ReadonlyMap<string, string>,
    private readonly hooks: ScannerHooks,
    private readonly signal: AbortSignal,
    private readonly band?: ReadingBand,
  ) {
    this.index = new PageIndex(matcher, kindOf);
  }

  /** The first full read. */
  start(): Promise<void> {
    this.started = true;
    return this.chain(() => (readableRoot(this.root) ? this.read([this.root]) : undefined));
  }

  /** Nodes that changed (from the observer); `removed` when text may have left the page. */
  changed(nodes: Iterable<Node>, removed: boolean): Promise<void> {
    for (const n of nodes) this.pending.add(blockRoot(n));
    this.sweep ||= removed;
    return this.chain(() => this.flush());
  }

  /** Reads what a scroll brought near. */
  readNear(): Promise<void> {
    return this.queue(() => this.band?.takeNear() ?? []);
  }

  /** Reads everything still unread, and from now on sets nothing aside. */
  readEverything(): Promise<void> {
    this.whole = true;
    return this.queue(() => this.band?.takeAll() ?? []);
  }

  private queue(take: () => Node[]): Promise<void> {
    return this.chain(() => {
      const roots = take().filter(readable);
      if (!roots.length) return;
      // A set-aside element may hold blocks read since (a change inside it): read it whole once.
      this.index.forget(new Set(roots), false);
      return this.read(roots);
    });
  }

  /** Runs `job` after the passes before it; one that fails must not stop the ones after it. */
  private chain(job: () => Promise<void> | undefined): Promise<void> {
    this.busy++;
    const next = this.running.then(job).finally(() => this.busy--);
    this.running = next.catch(() => undefined);
    return next;
  }

  private async flush(): Promise<void> {
    // Changes inside set-aside elements wait for them.
    const unread = this.band?.unread;
    // A changed block may itself be excluded: text typed into a contenteditable is the user's, not prose.
    const roots = outermost(this.pending)
      .filter(readable)
      .filter((r) => !unread?.size || !(unread.has(r) || hasAncestorIn(r, unread)));
    const sweep = this.sweep;
    this.pending.clear();
    this.sweep = false;
    if (!roots.length && !sweep) return;
    this.index.forget(new Set(roots), sweep);
    // What was read there before is forgotten either way; text now under an excluded or hidden
    // element is not read again.
    const readableRoots = roots.filter(readableRoot);
    // New or changed text far from the viewport (a feed growing below) waits like the rest.
    await this.read(readableRoots, true);
  }

  /** One pass over `roots` (always inside chain, which keeps `busy`). */
  private async read(roots: Node[], measureRoots = false): Promise<void> {
    let first = true;
    let painted = performance.now();
    // All roots in one run of slices: a burst of 100 new paragraphs is not 100 separate runs.
    const hooks = this.hooks;
    const band = this.whole ? undefined : this.band;
    // A pause inside one deep descent lets the slice end on time (10,000 nested elements).
    const opts = {
      onShadow: hooks.onShadow,
      setAside: band && ((el: Element) => band.setAside(el)),
      pauseAfterMs: 4,
    };
    const blocks = (function* () {
      for (const root of roots) {
        if (measureRoots && band && root.nodeType === Node.ELEMENT_NODE && band.setAside(root as Element, false))
          continue;
        // A huge block is matched piece by piece, so no step runs past the slice's budget.
        for (const block of walkTextBlocks(root, opts))
          if (block) yield* splitBlock(block);
          else yield undefined;
      }
    })();
    await runInSlices(
      () => {
        const next = blocks.next();
        // Only blocks with names are watched: observing every paragraph of a 5 MB page costs frames.
        if (!next.done && next.value && this.index.add(next.value)) hooks.onBlock?.(next.value.container);
        return !next.done;
      },
      this.signal,
      {
        onSlice: (done) => {
          // Visible text first; then every PAINT_EVERY_MS, so each (incremental) resolve stays small
          // and the last one does not resolve a whole long page in one task.
          const due = performance.now() - painted > PAINT_EVERY_MS || this.index.unresolved > PAINT_EVERY_NAMES;
          if (!done && ((first && roots.length === 1) || due)) {
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
