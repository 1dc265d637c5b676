import { blockRoot } from '../read/text-blocks';
import { BIG_BLOCK, nearSlice } from './near-slice';

/**
 * Highlights through the CSS Custom Highlight API: ranges are registered with
 * the document's highlight registry and painted by `::highlight()` rules in the
 * content script's stylesheet. The page's DOM is never changed.
 */
export interface PlacedMention {
  range: Range;
  entityId: string;
  kind: string;
  /** The text as it stands on the page. */
  matched: string;
  /** A version of the entity's family that the dataset does not list, as written (Mention.unknownVersion). */
  unknownVersion?: string;
  /** The block element the mention sits in: painting follows its distance from the viewport. */
  container?: Node;
}

const HIGHLIGHT_PREFIX = 'lablens-';
const FOCUS = `${HIGHLIGHT_PREFIX}focus`;

export class Highlighter {
  /** Mentions by block element, for hit-testing: a caret's block is a few steps up from its text node. */
  private byBlock = new Map<Node, PlacedMention[]>();
  private placed: readonly PlacedMention[] = [];
  private indexed = 0;
  /**
   * Our Highlight objects by full name, with our own copy of their ranges:
   * Firefox cannot iterate the page's registry or a Highlight from a content
   * script (Xray), so what we registered is tracked here.
   */
  private live = new Map<string, { h: Highlight; ranges: Set<Range> }>();
  /** Whether a painted block was too big to paint whole: scrolling inside it must repaint. */
  windowed = false;

  constructor(private readonly registry: HighlightRegistry = CSS.highlights) {}

  /**
   * Shows exactly `mentions`. `nameFor` picks the highlight (and so the style)
   * of a mention; undefined leaves it unpainted ("cards only") but hoverable.
   * Only blocks `paints` accepts (near the viewport) get Ranges and paint.
   * Ranges already shown stay in their Highlight: only what changed is added
   * or deleted, so a page that grows does not make the browser re-process
   * every range. The same array, grown, is indexed from where it left off.
   * A block with very many mentions paints only those `view` keeps (near the viewport).
   */
  set(
    mentions: readonly PlacedMention[],
    nameFor: (m: PlacedMention) => string | undefined = (m) => m.kind,
    paints: (block: Node) => boolean = () => true,
    view: (ms: readonly PlacedMention[]) => readonly PlacedMention[] = (ms) => ms,
  ): void {
    if (mentions !== this.placed || this.indexed > mentions.length) {
      this.byBlock.clear();
      this.indexed = 0;
    }
    this.placed = mentions;
    for (const m of mentions.slice(this.indexed)) {
      const block = m.container ?? blockRoot(m.range.startContainer);
      const at = this.byBlock.get(block);
      if (at) at.push(m);
      else this.byBlock.set(block, [m]);
    }
    this.indexed = mentions.length;
    const wanted = new Map<string, Set<Range>>();
    this.windowed = false;
    for (const [block, ms] of this.byBlock) {
      if (!paints(block)) continue;
      if (ms.length > BIG_BLOCK) this.windowed = true;
      for (const m of ms.length > BIG_BLOCK ? view(ms) : ms) {
        const name = nameFor(m);
        if (!name) continue;
        const full = `${HIGHLIGHT_PREFIX}${name}`;
        const set = wanted.get(full);
        if (set) set.add(m.range);
        else wanted.set(full, new Set([m.range]));
      }
    }
    for (const [name, live] of this.live) {
      const keep = wanted.get(name);
      if (!keep) {
        this.registry.delete(name);
        this.live.delete(name);
        continue;
      }
      for (const r of live.ranges) if (!keep.has(r)) live.h.delete(r);
      for (const r of keep) if (!live.ranges.has(r)) live.h.add(r);
      live.ranges = keep;
    }
    for (const [name, ranges] of wanted) {
      if (this.live.has(name)) continue;
      const h = new Highlight(...ranges);
      this.live.set(name, { h, ranges });
      this.registry.set(name, h);
    }
    this.restore();
  }

  /**
   * The registry is the page's: a script may `clear()` it, or delete or
   * replace our entries. Puts back every Highlight of ours that is no longer
   * there; returns how many. Cheap (one lookup per highlight name).
   */
  restore(): number {
    let n = 0;
    for (const [name, live] of this.live) {
      if (this.registry.get(name) === live.h) continue;
      this.registry.set(name, live.h);
      n++;
    }
    return n;
  }

  /**
   * Mentions in the block of this text node (the caller confirms against their
   * boxes); in a very big block, only those on the lines around `y`.
   */
  at(node: Node, y?: number): readonly PlacedMention[] {
    const ms = this.byBlock.get(blockRoot(node)) ?? [];
    return y === undefined ? ms : nearSlice(ms, y - 2, y + 2);
  }

  all(): readonly PlacedMention[] {
    return this.placed;
  }

  focus(m: { range: Range } | undefined): void {
    if (m) this.registry.set(FOCUS, new Highlight(m.range));
    else this.registry.delete(FOCUS);
  }

  clear(): void {
    for (const name of this.live.keys()) this.registry.delete(name);
    this.registry.delete(FOCUS);
    this.live.clear();
    this.byBlock.clear();
    this.placed = [];
    this.indexed = 0;
  }
}
