import { findMentions, type Matcher, resolvePage } from '../match/build-matcher';
import type { PlacedMention } from './highlight';
import { rangeFor, readTextBlocks } from './text-blocks';

export interface ScanOptions {
  /** entity id → kind, for the entities the matcher knows. */
  kindOf: ReadonlyMap<string, string>;
  /** Whether mentions of this entity are wanted (kind toggles, muted entities). */
  include?: (entityId: string, kind: string) => boolean;
}

/** Reads the text under `root`, finds the mentions, and returns them as ranges. */
export function scanRoot(root: Node, matcher: Matcher, opts: ScanOptions): PlacedMention[] {
  const blocks = readTextBlocks(root);
  const resolved = resolvePage(blocks.map((b) => findMentions(matcher, b.text)));
  const out: PlacedMention[] = [];
  resolved.forEach((mentions, i) => {
    const block = blocks[i]!;
    for (const m of mentions) {
      const kind = opts.kindOf.get(m.entityId);
      if (!kind || (opts.include && !opts.include(m.entityId, kind))) continue;
      const range = rangeFor(block, m.start, m.end);
      if (range) out.push({ range, entityId: m.entityId, kind, matched: m.matched });
    }
  });
  return out;
}
