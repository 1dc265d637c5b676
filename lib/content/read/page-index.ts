import type { Matcher } from '../../core/match/build-matcher';
import { findMentions } from '../../core/match/find-mentions';
import { PageRules } from '../../core/match/page-rules';
import type { Mention } from '../../core/match/types';
import type { PlacedMention } from '../paint/highlight';
import { Placed } from './placed';
import { hasAncestorIn, type TextBlock } from './text-blocks';

interface Entry {
  block: TextBlock;
  /** Read by the page rules as a RuleBlock. */
  text: string;
  mentions: Mention[];
  /** The mentions the page rules keep, whatever the reader's filters (what claims are about). */
  kept: Mention[];
  /** Ranges made once per mention and reused until the block changes (by mention: no indexOf per keep). */
  placed: Map<Mention, PlacedMention>;
}

type Include = (m: PlacedMention) => boolean;

/**
 * What LabLens knows about the page's text: blocks with their raw mentions.
 * Blocks are added as they are read and replaced when they change, so a
 * mutation costs a rescan of what changed, not of the page. The page-level
 * rules (lib/core/match/page-rules.ts) resolve incrementally over the blocks.
 */
export class PageIndex {
  private entries: Entry[] = [];
  /** Set when a block arrived out of document order (an insertion mid-page). */
  private unsorted = false;
  private readonly rules = new PageRules();
  /** The last result, and the reader's filters it was built with. */
  private out: PlacedMention[] = [];
  private last: { include: Include; firstOnly: boolean } | undefined;
  private shown = new Set<string>();

  constructor(
    private readonly matcher: Matcher,
    private readonly kindOf: ReadonlyMap<string, string>,
  ) {}

  /** Names read since the last resolve. */
  unresolved = 0;

  /** Reads a block; returns how many names it has. */
  add(block: TextBlock): number {
    const mentions = findMentions(this.matcher, block.text);
    this.unresolved += mentions.length;
    const last = this.entries.at(-1);
    if (last && order(last.block, block) > 0) this.unsorted = true;
    this.entries.push({ block, text: block.text, mentions, kept: [], placed: new Map() });
    this.rules.note(mentions);
    return mentions.length;
  }

  /** Whether the page is about AI, by what has been read so far. */
  get aboutAi(): boolean {
    return this.rules.aboutAi;
  }

  /** Bumped whenever what counts may have changed in blocks already resolved (a restart of the rules). */
  generation = 0;

  /** The blocks read so far, in document order, with the mentions that count (for claims). */
  blocks(): readonly { block: TextBlock; kept: readonly Mention[] }[] {
    return this.entries;
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
   * Mentions that count on this page, in document order, under the reader's
   * filters. The array grows in place while only new blocks are resolved.
   */
  resolve(include: Include, firstOnly: boolean): PlacedMention[] {
    if (this.unsorted) {
      this.entries.sort((a, b) => order(a.block, b.block));
      this.unsorted = false;
      this.recount();
    }
    const l = this.last;
    if (!l || l.include !== include || l.firstOnly !== firstOnly) {
      this.rules.restart();
      this.drop();
    }
    this.last = { include, firstOnly };
    this.unresolved = 0;
    this.rules.resolve(this.entries, {
      restart: () => this.drop(),
      keep: (i, m) => {
        this.entries[i]!.kept.push(m);
        const placed = this.place(this.entries[i]!, m);
        if (!placed || !include(placed) || (firstOnly && this.shown.has(m.entityId))) return;
        this.shown.add(m.entityId);
        this.out.push(placed);
      },
    });
    return this.out;
  }

  /** Blocks left or moved: resolve and count the vocabulary from the start. */
  private recount(): void {
    this.rules.recount();
    this.rules.restart();
    this.drop();
  }

  private drop(): void {
    this.generation++;
    this.out = [];
    this.shown.clear();
    for (const e of this.entries) e.kept = [];
  }

  private place(entry: Entry, m: Mention): PlacedMention | undefined {
    const known = entry.placed.get(m);
    if (known) return known;
    const kind = this.kindOf.get(m.entityId);
    if (!kind) return undefined;
    const p = new Placed(entry.block, m, kind);
    entry.placed.set(m, p);
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
