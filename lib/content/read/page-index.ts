import { AI_PAGE_SCORE, aiTermCounts, keeps, namesInFull, settlesAi } from '../../core/match/ambiguity';
import { findMentions, type Matcher } from '../../core/match/build-matcher';
import type { Mention } from '../../core/match/types';
import type { PlacedMention } from '../paint/highlight';
import { Placed } from './placed';
import { hasAncestorIn, type TextBlock } from './text-blocks';

interface Entry {
  block: TextBlock;
  mentions: Mention[];
  /** Ranges made once per mention and reused until the block changes. */
  placed: (PlacedMention | undefined)[];
}

type Include = (m: PlacedMention) => boolean;

/**
 * What LabLens knows about the page's text: blocks with their raw mentions.
 * Blocks are added as they are read and replaced when they change, so a
 * mutation costs a rescan of what changed, not of the page. Resolving is
 * incremental too: blocks appended after the last resolve (a live blog, an
 * infinite feed) are resolved alone, unless they change a page-level verdict.
 */
export class PageIndex {
  private entries: Entry[] = [];
  private aboutAi = false;
  /** Set when a block arrived out of document order (an insertion mid-page). */
  private unsorted = false;
  /** AI vocabulary per term, capped at 2, over the blocks counted so far (pages with no unambiguous name). */
  private terms = new Map<string, number>();
  private counted = 0;
  /** The last result, valid for `done` entries under these settings, and what it was built on. */
  private out: PlacedMention[] = [];
  private done = 0;
  private last: { include: Include; firstOnly: boolean; aboutAi: boolean } | undefined;
  private named = new Set<string>();
  /** Entities with a context-only form ("Altman") left out so far: naming one later changes old blocks. */
  private waiting = new Set<string>();
  private shown = new Set<string>();

  constructor(
    private readonly matcher: Matcher,
    private readonly kindOf: ReadonlyMap<string, string>,
  ) {}

  /** Reads a block; returns how many names it has. */
  add(block: TextBlock): number {
    const mentions = findMentions(this.matcher, block.text);
    const last = this.entries.at(-1);
    if (last && order(last.block, block) > 0) this.unsorted = true;
    this.entries.push({ block, mentions, placed: [] });
    if (!this.aboutAi && mentions.some(settlesAi)) this.aboutAi = true;
    return mentions.length;
  }

  /**
   * Drops blocks under any of `roots` (about to be read again) and, with
   * `sweep`, blocks whose text left the page. Linear in the blocks: each looks
   * up its own ancestors in the set.
   */
  forget(roots: ReadonlySet<Node>, sweep: boolean): void {
    if (!roots.size && !sweep) return;
    const before = this.entries.length;
    this.entries = this.entries.filter((e) => {
      const c = e.block.container;
      if (roots.has(c) || (roots.size && hasAncestorIn(c, roots))) return false;
      // A stray text node read on its own (set aside between blocks) is a root of its own.
      if (roots.size && e.block.nodes.length === 1 && roots.has(e.block.nodes[0]!)) return false;
      return !sweep || e.block.nodes.every((n) => n.isConnected);
    });
    if (this.entries.length !== before) this.recount();
  }

  /**
   * Mentions that count on this page, in document order. The page-level rules
   * (see resolvePage in lib/core/match/ambiguity.ts): ambiguous names only on pages
   * about AI; context-only forms only when the page names the entity in full.
   * The array grows in place while only new blocks are resolved.
   */
  resolve(include: Include, firstOnly: boolean): PlacedMention[] {
    if (this.unsorted) {
      this.entries.sort((a, b) => order(a.block, b.block));
      this.unsorted = false;
      this.recount();
    }
    const aboutAi = this.aboutAi || this.termScore() >= AI_PAGE_SCORE;
    const l = this.last;
    if (!l || l.include !== include || l.firstOnly !== firstOnly || l.aboutAi !== aboutAi) this.restart();
    this.last = { include, firstOnly, aboutAi };
    const fresh = this.entries.slice(this.done);
    for (const e of fresh) for (const m of e.mentions) if (namesInFull(m, aboutAi)) this.named.add(m.entityId);
    // A name in full in a new block lets earlier context-only forms count: start over (rare).
    if ([...this.waiting].some((id) => this.named.has(id))) {
      this.restart();
      return this.resolve(include, firstOnly);
    }
    for (const e of fresh) {
      for (const m of e.mentions) {
        if (!keeps(m, aboutAi, this.named)) {
          if (m.contextOnly) this.waiting.add(m.entityId);
          continue;
        }
        const placed = this.place(e, m);
        if (!placed || !include(placed) || (firstOnly && this.shown.has(m.entityId))) continue;
        this.shown.add(m.entityId);
        this.out.push(placed);
      }
    }
    this.done = this.entries.length;
    return this.out;
  }

  /** Blocks left or moved: resolve and count the vocabulary from the start. */
  private recount(): void {
    this.last = undefined;
    this.terms.clear();
    this.counted = 0;
  }

  private restart(): void {
    this.out = [];
    this.done = 0;
    this.named.clear();
    this.waiting.clear();
    this.shown.clear();
  }

  /** countAiTerms over the page, block by block as they arrive (only while no name settles it). */
  private termScore(): number {
    for (const e of this.entries.slice(this.counted))
      for (const [t, n] of aiTermCounts(e.block.text)) this.terms.set(t, Math.min(2, (this.terms.get(t) ?? 0) + n));
    this.counted = this.entries.length;
    let score = 0;
    for (const n of this.terms.values()) score += n;
    return score;
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

function order(a: TextBlock, b: TextBlock): number {
  const x = a.nodes[0]!;
  const y = b.nodes[0]!;
  if (x === y) return 0;
  const pos = x.compareDocumentPosition(y);
  return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}
