import type { Kind } from '../core/kinds';
import type { Matcher } from '../core/match/build-matcher';
import type { MatcherBundle } from '../shared/protocol';
import { isActiveOn, type Settings } from '../shared/settings';
import { Highlighter, type PlacedMention } from './paint/highlight';
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
  private filter: { for: Settings; include: (m: PlacedMention) => boolean } | undefined;

  constructor(private readonly o: PageReaderOptions) {
    // Scrolling brings other blocks near: repaint at most every 100 ms, without resolving again.
    this.near = new NearViewport(
      throttle(() => this.show(), 100),
      o.signal,
    );
    // Text set aside far from the viewport is read when a scroll (of the page or any scroller) brings it near.
    const readNear = throttle(() => void this.scanner?.readNear(), 100);
    const win = o.doc.defaultView;
    for (const type of ['scroll', 'resize'])
      win?.addEventListener(type, readNear, { capture: true, passive: true, signal: o.signal });
  }

  get active(): boolean {
    return isActiveOn(this.o.settings(), this.o.doc.location.href);
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

  mentions(): readonly PlacedMention[] {
    return this.highlighter.all();
  }

  /** Starts reading, or repaints after a settings change; clears everything when LabLens is off here. */
  async apply(): Promise<void> {
    if (this.o.signal.aborted) return;
    if (!this.active) return this.highlighter.clear();
    if (this.scanner) return this.paint();
    const { matcher, bundle } = await this.o.load();
    this.bundle = bundle;
    const kindOf = this.kinds;
    for (const e of bundle.entities) kindOf.set(e.id, e.kind);
    const observer = observeText(
      this.o.doc.body,
      (changed, removed) => void this.scanner?.changed(changed, removed),
      this.o.signal,
    );
    const hooks = {
      paint: () => this.paint(),
      onBlock: (c: Node) => this.near.watch(c),
      onShadow: (r: ShadowRoot) => observer.observe(r),
    };
    const band = new ReadingBand(this.o.doc.defaultView ?? window);
    this.scanner = new PageScanner(this.o.doc.body, matcher, kindOf, hooks, this.o.signal, band);
    await afterFrame();
    await this.scanner.start();
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
    if (!this.active) return;
    this.highlighter.set(mentions, this.o.highlightOf, (block) => this.near.has(block));
    this.o.onShow?.();
  }

  /** Whether a block element is near the viewport (painted). */
  isNear(block: Node): boolean {
    return this.near.has(block);
  }
}
