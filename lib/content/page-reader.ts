import type { Kind } from '../core/kinds';
import type { Matcher } from '../core/match/build-matcher';
import type { MatcherBundle } from '../shared/protocol';
import { isActiveOn, type Settings } from '../shared/settings';
import { Highlighter, type PlacedMention } from './paint/highlight';
import { nearSlice } from './paint/near-slice';
import { NearViewport } from './paint/near-viewport';
import { observeText } from './read/observe';
import type { PageIndex } from './read/page-index';
import { PageScanner } from './read/page-scanner';
import { ReadingBand } from './read/reading-band';
import { afterFrame, throttle } from './read/schedule';

export interface PageReaderOptions {
  doc: Document;
  signal: AbortSignal;
  settings: () => Settings;
  /** The URL whose site the site switch applies to: the top page's, in a frame too. */
  pageUrl?: () => string;
  /** The matcher, from the background. */
  load: () => Promise<{ matcher: Matcher; bundle: MatcherBundle }>;
  /** The highlight a mention goes into under the current settings; undefined: unpainted. */
  highlightOf: (m: PlacedMention) => string | undefined;
  /** After every resolve: the index and what counts on the page. */
  onResolved?: (index: PageIndex, mentions: readonly PlacedMention[]) => void;
  /** After every repaint for the viewport (a scroll brought other blocks near). */
  onShow?: () => void;
}

/**
 * The page as LabLens reads it: scanning (viewport first), the incremental
 * index, and the highlights near the viewport. Settings changes repaint
 * without reading again; turning LabLens off clears everything.
 */
export class PageReader {
  readonly highlighter = new Highlighter();
  bundle: MatcherBundle | undefined;
  private kinds = new Map<string, Kind>();
  private scanner: PageScanner | undefined;
  private near: NearViewport;
  /** One per reading session: turning LabLens off here ends the scanner, the observer and the scroll reads. */
  private run: AbortController | undefined;
  private loaded: Promise<{ matcher: Matcher; bundle: MatcherBundle }> | undefined;
  private filter: { for: Settings; include: (m: PlacedMention) => boolean } | undefined;
  /** Open shadow roots read so far: hit-testing needs them to find a caret inside. */
  private shadows = new Set<ShadowRoot>();

  constructor(private readonly o: PageReaderOptions) {
    // Scrolling brings other blocks near: repaint at most every 100 ms, without resolving again. Kept
    // across sessions: a hidden tab gets no intersections, and a page turned on again paints at once.
    this.near = new NearViewport(
      throttle(() => this.show(), 100),
      o.signal,
    );
    o.signal.addEventListener('abort', () => this.stop());
  }

  get active(): boolean {
    return isActiveOn(this.o.settings(), this.o.pageUrl?.() ?? this.o.doc.location.href);
  }

  /** Open shadow roots on the page that hold text LabLens read. */
  shadowRoots(): ShadowRoot[] {
    for (const r of this.shadows) if (!r.host.isConnected) this.shadows.delete(r);
    return [...this.shadows];
  }

  kindOf(id: string): Kind | undefined {
    return this.kinds.get(id);
  }

  /** Resolves again with the same filters (after the page's claims setting changed). */
  refresh(): void {
    this.paint();
  }

  get complete(): boolean {
    return !!this.scanner?.complete;
  }

  /**
   * The page's mentions. Once every block is read they are resolved now, not in the idle slice that
   * would follow: "complete" with a list from before the last blocks would be a wrong answer.
   */
  mentions(): readonly PlacedMention[] {
    if (this.complete) this.paint();
    return this.highlighter.all();
  }

  /**
   * Starts reading, or repaints after a settings change. Off here: stops
   * reading (the scanner, the observer, the scroll reads) and clears
   * everything; on again, reads the page afresh.
   */
  async apply(): Promise<void> {
    if (this.o.signal.aborted) return;
    if (!this.active) return this.stop();
    if (this.run) return this.paint();
    const run = new AbortController();
    this.run = run;
    this.loaded ??= this.o.load().catch((e: unknown) => {
      this.loaded = undefined;
      throw e;
    });
    const { matcher, bundle } = await this.loaded.catch((e: unknown) => {
      if (this.run === run) this.run = undefined;
      throw e;
    });
    if (run.signal.aborted) return;
    this.bundle = bundle;
    for (const e of bundle.entities) this.kinds.set(e.id, e.kind);
    this.start(matcher, run.signal);
    await afterFrame();
    if (!run.signal.aborted) await this.scanner?.start();
  }

  private start(matcher: Matcher, signal: AbortSignal): void {
    const doc = this.o.doc;
    const win = doc.defaultView ?? window;
    const near = this.near;
    // Text set aside far from the viewport is read when a scroll (of the page or any scroller) brings it near.
    const readNear = throttle(() => !signal.aborted && void this.scanner?.readNear(), 100);
    // Inside a block too big to paint whole, scrolling moves the painted window.
    const repaint = throttle(() => !signal.aborted && this.highlighter.windowed && this.show(), 100);
    for (const type of ['scroll', 'resize']) {
      win.addEventListener(type, readNear, { capture: true, passive: true, signal });
      win.addEventListener(type, repaint, { capture: true, passive: true, signal });
    }
    // The root is the document element, not <body>: a page that replaces its body (Turbo, some
    // single-page apps) is then only a change like any other.
    const root = doc.documentElement;
    const observer = observeText(root, (changed, removed) => void this.scanner?.changed(changed, removed), signal);
    const hooks = {
      paint: () => this.paint(),
      onBlock: (c: Node) => near.watch(c),
      onShadow: (r: ShadowRoot) => {
        this.shadows.add(r);
        observer.observe(r);
      },
    };
    this.scanner = new PageScanner(root, matcher, this.kinds, hooks, signal, new ReadingBand(win));
    // A page script may clear the highlight registry or replace our entries: put them back.
    const guard = setInterval(() => doc.visibilityState === 'visible' && this.highlighter.restore(), 1000);
    signal.addEventListener('abort', () => clearInterval(guard));
  }

  /** The names changed (the user's own entities): a new matcher from the background, and the page read afresh. */
  reload(): Promise<void> {
    this.loaded = undefined;
    this.stop();
    return this.apply();
  }

  /** Ends the reading session and clears what it showed. */
  private stop(): void {
    this.run?.abort();
    this.run = undefined;
    this.scanner = undefined;
    this.shadows.clear();
    this.highlighter.clear();
  }

  /** The popup and the shortcut are about the whole page: read the rest first. */
  async everything(): Promise<readonly PlacedMention[]> {
    if (this.scanner && !this.scanner.complete) await this.scanner.readEverything();
    return this.highlighter.all();
  }

  /** Asks for the rest of the page without waiting for it (the popup asks again until complete). */
  readRest(): void {
    if (this.active && this.scanner && !this.scanner.complete) void this.scanner.readEverything();
  }

  clear(): void {
    this.highlighter.clear();
  }

  /** Resolves with the reader's filters (one filter object per settings object, so the index stays incremental). */
  private paint(): void {
    if (!this.scanner || !this.active) return;
    const s = this.o.settings();
    if (this.filter?.for !== s)
      this.filter = {
        for: s,
        include: (m) => s.kinds[m.kind as keyof Settings['kinds']] && !s.muted.includes(m.entityId),
      };
    const mentions = this.scanner.index.resolve(this.filter.include, s.firstMentionOnly);
    this.show(mentions);
    this.o.onResolved?.(this.scanner.index, mentions);
  }

  /** Repaints what the Highlighter holds for the current viewport: only mentions near it get a Range. */
  private show(mentions: readonly PlacedMention[] = this.highlighter.all()): void {
    if (!this.active || !this.run) return;
    // The same band as NearViewport's (150 % of a screen above and below), inside a very big block.
    const h = this.o.doc.defaultView?.innerHeight ?? 1000;
    this.highlighter.set(
      mentions,
      this.o.highlightOf,
      (block) => this.isNear(block),
      (ms) => nearSlice(ms, -1.5 * h, 2.5 * h),
    );
    this.o.onShow?.();
  }

  /** Whether a block element is near the viewport (painted). */
  isNear(block: Node): boolean {
    return this.near.has(block);
  }
}
