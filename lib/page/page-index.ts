import { AI_PAGE_SCORE } from '../match/ambiguity';
import { countAiTerms, findMentions, type Matcher, resolvePage } from '../match/build-matcher';
import type { Mention } from '../match/types';
import type { PlacedMention } from './highlight';
import { hasAncestorIn, rangeFor, type TextBlock } from './text-blocks';

interface Entry {
  block: TextBlock;
  mentions: Mention[];
  /** Ranges made once per mention and reused until the block changes. */
  placed: (PlacedMention | undefined)[];
}

/**
 * What LabLens knows about the page's text: blocks with their raw mentions.
 * Blocks are added as they are read and replaced when they change, so a
 * mutation costs a rescan of what changed, not of the page.
 */
export class PageIndex {
  private entries: Entry[] = [];
  private aboutAi = false;
  /** Set when a block arrived out of document order (an insertion mid-page). */
  private unsorted = false;

  constructor(
    private readonly matcher: Matcher,
    private readonly kindOf: ReadonlyMap<string, string>,
  ) {}

  add(block: TextBlock): void {
    const mentions = findMentions(this.matcher, block.text);
    const last = this.entries.at(-1);
    if (last && order(last.block, block) > 0) this.unsorted = true;
    this.entries.push({ block, mentions, placed: [] });
    if (!this.aboutAi && mentions.some((m) => !m.ambiguous && !m.contextOnly)) this.aboutAi = true;
  }

  /**
   * Drops blocks under any of `roots` (about to be read again) and, with
   * `sweep`, blocks whose text left the page. Linear in the blocks: each looks
   * up its own ancestors in the set.
   */
  forget(roots: ReadonlySet<Node>, sweep: boolean): void {
    if (!roots.size && !sweep) return;
    this.entries = this.entries.filter((e) => {
      const c = e.block.container;
      if (roots.has(c) || (roots.size && hasAncestorIn(c, roots))) return false;
      return !sweep || e.block.nodes.every((n) => n.isConnected);
    });
  }

  /** Mentions that count on this page, in document order, as ranges. */
  resolve(include: (m: PlacedMention) => boolean, firstOnly: boolean): PlacedMention[] {
    if (this.unsorted) this.entries.sort((a, b) => order(a.block, b.block));
    this.unsorted = false;
    const page = this.aboutAi ? AI_PAGE_SCORE : countAiTerms(this.entries.map((e) => e.block.text).join('\n'));
    const kept = resolvePage(
      this.entries.map((e) => e.mentions),
      page,
    );
    const out: PlacedMention[] = [];
    const seen = new Set<string>();
    kept.forEach((mentions, i) => {
      const entry = this.entries[i]!;
      for (const m of mentions) {
        const placed = this.place(entry, m);
        if (!placed || !include(placed) || (firstOnly && seen.has(m.entityId))) continue;
        seen.add(m.entityId);
        out.push(placed);
      }
    });
    return out;
  }

  private place(entry: Entry, m: Mention): PlacedMention | undefined {
    const i = entry.mentions.indexOf(m);
    if (entry.placed[i]) return entry.placed[i];
    const kind = this.kindOf.get(m.entityId);
    if (!kind) return undefined;
    const p = new Placed(entry.block, m, kind);
    entry.placed[i] = p;
    return p;
  }
}

/**
 * A mention with its Range made on first use: a long page has tens of
 * thousands of mentions, and only those near the viewport are ever painted,
 * hovered or navigated to. Creating every Range up front was a third of the
 * work on a 5 MB page.
 */
class Placed implements PlacedMention {
  readonly entityId: string;
  readonly matched: string;
  readonly container: Node;
  readonly unknownVersion?: boolean;
  private made: Range | undefined;

  constructor(
    private readonly block: TextBlock,
    private readonly at: Mention,
    readonly kind: string,
  ) {
    this.entityId = at.entityId;
    this.matched = at.matched;
    this.container = block.container;
    if (at.unknownVersion) this.unknownVersion = true;
  }

  get range(): Range {
    this.made ??= safeRange(this.block, this.at.start, this.at.end);
    return this.made;
  }
}

/**
 * The text may have changed since it was read (the observer rescans it within
 * 100 ms); a stale offset then makes an empty range instead of an exception.
 */
function safeRange(block: TextBlock, start: number, end: number): Range {
  try {
    const r = rangeFor(block, start, end);
    if (r) return r;
  } catch {
    // IndexSizeError: the node is shorter than when it was read.
  }
  const r = (block.nodes[0]?.ownerDocument ?? document).createRange();
  if (block.nodes[0]?.isConnected) r.setStart(block.nodes[0], 0);
  return r;
}

function order(a: TextBlock, b: TextBlock): number {
  const x = a.nodes[0]!;
  const y = b.nodes[0]!;
  if (x === y) return 0;
  const pos = x.compareDocumentPosition(y);
  return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}
