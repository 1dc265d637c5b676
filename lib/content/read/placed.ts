import type { Mention } from '../../core/match/types';
import type { PlacedMention } from '../paint/highlight';
import { rangeFor, type TextBlock } from './text-blocks';

/**
 * A mention with its Range made on first use: a long page has tens of
 * thousands of mentions, and only those near the viewport are ever painted,
 * hovered or navigated to.
 */
export class Placed implements PlacedMention {
  readonly entityId: string;
  readonly matched: string;
  readonly container: Node;
  readonly unknownVersion?: string;
  private made: Range | undefined;

  constructor(
    private readonly block: TextBlock,
    private readonly at: Mention,
    readonly kind: string,
  ) {
    this.entityId = at.entityId;
    this.matched = at.matched;
    this.container = block.container;
    if (at.unknownVersion) this.unknownVersion = at.unknownVersion;
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
