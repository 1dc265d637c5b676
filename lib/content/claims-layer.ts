import { CLAIM_CUE } from '../core/claims/cue';
import type { NameAt } from '../core/claims/types';
import type { Kind } from '../core/kinds';
import type { FindClaimsRequest, FoundClaim, PageClaim } from '../shared/claim-schemas';
import type { TextBlock } from './read/text-blocks';
import { rangeFor } from './read/text-blocks';

/** A checked claim on the page, with its Range made on first use. */
export interface PlacedClaim extends PageClaim {
  readonly range: Range;
}

interface Entry {
  block: TextBlock;
  kept: readonly { start: number; end: number; entityId: string; unknownVersion?: string }[];
}

/**
 * Under the request's own caps (lib/shared/claim-schemas.ts), and a message size that clones in a
 * few ms. Prose names a few dozen things in a 4 KB piece; 150 is a list, which makes no claims.
 */
const MAX_NAMES = 150;
const MAX_BLOCKS = 200;
const MAX_CHARS = 60_000;

/** Consecutive runs of blocks under the caps. */
function batches<T extends { text: string; names: unknown[] }>(sent: T[]): T[][] {
  const out: T[][] = [];
  let chars = Infinity;
  for (const b of sent) {
    const size = Math.min(b.text.length, 20_000) + b.names.length * 40;
    if (chars + size > MAX_CHARS || out.at(-1)!.length >= MAX_BLOCKS) {
      out.push([]);
      chars = 0;
    }
    out.at(-1)!.push(b);
    chars += size;
  }
  return out;
}

const CLAIM_HIGHLIGHT = { agrees: 'lablens-claim-agrees', disagrees: 'lablens-claim-disagrees' } as const;

/**
 * The page's claims about the names on it: the blocks that have names and a
 * claim's cue go to the background, which finds the claims and checks them
 * against the dataset (the finder stays out of the page's script); they are
 * highlighted by verdict under `lablens-claim-agrees` and
 * `lablens-claim-disagrees` (nothing for "cannot check").
 */
export class ClaimsLayer {
  private seen = new WeakMap<TextBlock, number>();
  private byBlock = new Map<TextBlock, PlacedClaim[]>();
  private next = 0;
  /** The page's entities in the order first met: a lab standing in for its model picks the one named. */
  private page = new Set<string>();
  private asking: Promise<void> = Promise.resolve();
  private live = new Map<string, { h: Highlight; ranges: Set<Range> }>();

  constructor(
    private readonly o: {
      articleDate: () => string | undefined;
      kindOf: (id: string) => Kind | undefined;
      find: (req: FindClaimsRequest) => Promise<FoundClaim[]>;
      onChange: () => void;
      /** A request failed (the worker was restarting): read the page's claims again. */
      onRetry?: () => void;
      registry?: HighlightRegistry;
    },
  ) {}

  private retries = 0;
  /** Where the last update stopped: a growing page (a live blog, a feed) is read from there on. */
  private last: { entries: readonly Entry[]; length: number; generation: number } | undefined;

  /**
   * Sends the blocks whose counted names changed since the last call, and
   * places what comes back. The same, grown list under the same generation
   * is read from where the last call stopped.
   */
  update(entries: readonly Entry[], generation = 0): void {
    const sent: { block: TextBlock; text: string; names: NameAt[]; carry: NameAt[] }[] = [];
    const l = this.last;
    const from = l && l.entries === entries && l.generation === generation ? Math.max(0, l.length - 1) : 0;
    this.last = { entries, length: entries.length, generation };
    let previous: Entry | undefined = entries[from - 1];
    for (let i = from; i < entries.length; i++) {
      const e = entries[i]!;
      if (!e.kept.length) continue;
      if (this.seen.get(e.block) !== e.kept.length) {
        this.seen.set(e.block, e.kept.length);
        this.byBlock.delete(e.block);
        const names = this.names(e.kept);
        for (const n of names) this.page.add(n.entityId);
        // A piece with hundreds of names is a list, not prose that makes claims.
        if (names.length && names.length <= MAX_NAMES && CLAIM_CUE.test(e.block.text))
          sent.push({
            block: e.block,
            text: e.block.text,
            names,
            carry: previous ? this.names(previous.kept).slice(-MAX_NAMES) : [],
          });
      }
      previous = e;
    }
    for (const b of this.byBlock.keys()) if (!b.nodes.every((n) => n.isConnected)) this.byBlock.delete(b);
    const page = [...this.page].slice(0, 2000);
    // A long page is read in several messages: each is cloned in one task of the page's thread.
    for (const batch of batches(sent)) this.asking = this.asking.then(() => this.ask(batch, page));
  }

  private names(kept: Entry['kept']): NameAt[] {
    return kept.flatMap((m) => {
      const kind = this.o.kindOf(m.entityId);
      return kind && !m.unknownVersion ? [{ start: m.start, end: m.end, entityId: m.entityId, kind }] : [];
    });
  }

  private async ask(batch: { block: TextBlock; text: string; names: NameAt[]; carry: NameAt[] }[], page: string[]) {
    const blocks = batch.map(({ text, names, carry }) => ({ text: text.slice(0, 20_000), names, carry }));
    let found: FoundClaim[];
    try {
      found = await this.o.find({ articleDate: this.o.articleDate(), pageEntities: page, blocks });
    } catch {
      // The worker was starting or restarting: forget these blocks, so the next update (or the retry) sends them again.
      for (const b of batch) this.seen.delete(b.block);
      this.last = undefined;
      if (this.retries++ < 3) setTimeout(() => this.o.onRetry?.(), 1000 * this.retries);
      return;
    }
    for (const c of found) {
      const block = batch[c.block]?.block;
      if (!block || !block.nodes.every((n) => n.isConnected)) continue;
      const list = this.byBlock.get(block) ?? [];
      list.push(placed(block, c, this.next++));
      this.byBlock.set(block, list);
    }
    this.o.onChange();
  }

  all(): PlacedClaim[] {
    return [...this.byBlock.values()]
      .flat()
      .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  /** The highlighted claim under a point, if any. */
  at(x: number, y: number): { claim: PlacedClaim; rect: DOMRect } | undefined {
    for (const c of this.byBlock.values())
      for (const claim of c) {
        if (claim.verdict === 'cannot-check') continue;
        for (const rect of claim.range.getClientRects())
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { claim, rect };
      }
    return undefined;
  }

  /**
   * Registers the verdict highlights for the claims in blocks `near` accepts
   * (near the viewport, like names: thousands of painted ranges slow a page
   * down), changing only what changed; again if a page script cleared the
   * registry.
   */
  paint(near: (block: Node) => boolean = () => true): void {
    const registry = this.o.registry ?? CSS.highlights;
    for (const [verdict, name] of Object.entries(CLAIM_HIGHLIGHT)) {
      const wanted = new Set<Range>();
      for (const [block, claims] of this.byBlock)
        if (near(block.container)) for (const c of claims) if (c.verdict === verdict) wanted.add(c.range);
      const live = this.live.get(name);
      if (!wanted.size) {
        if (live) registry.delete(name);
        this.live.delete(name);
        continue;
      }
      if (live && registry.get(name) === live.h) {
        for (const r of live.ranges) if (!wanted.has(r)) live.h.delete(r);
        for (const r of wanted) if (!live.ranges.has(r)) live.h.add(r);
        live.ranges = wanted;
        continue;
      }
      const h = new Highlight(...wanted);
      this.live.set(name, { h, ranges: wanted });
      registry.set(name, h);
    }
  }

  /** Takes the marks off the page but keeps the claims (the reader chose no marks; cards still open). */
  unpaint(): void {
    const registry = this.o.registry ?? CSS.highlights;
    for (const name of this.live.keys()) registry.delete(name);
    this.live.clear();
  }

  clear(): void {
    this.unpaint();
    this.byBlock.clear();
    this.page.clear();
    this.seen = new WeakMap();
    this.last = undefined;
  }
}

function placed(block: TextBlock, c: FoundClaim, key: number): PlacedClaim {
  const { block: _b, start, end, ...claim } = c;
  let range: Range | undefined;
  return {
    key,
    ...claim,
    get range() {
      range ??= rangeFor(block, start, end) ?? block.nodes[0]!.ownerDocument!.createRange();
      return range;
    },
  };
}
