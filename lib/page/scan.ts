import { findMentions, type Matcher, resolvePage } from '../match/build-matcher';
import type { PlacedMention } from './highlight';
import { rangeFor, readTextBlocks } from './text-blocks';

export interface ScanOptions {
  /** entity id → kind, for the entities the matcher knows. */
  kindOf: ReadonlyMap<string, string>;
  /** Whether mentions of this entity are wanted (kind toggles, muted entities). */
  include?: (entityId: string, kind: string) => boolean;
  /** Keep only the first mention of each entity. */
  firstOnly?: boolean;
}

/** Reads the text under `root`, finds the mentions, and returns them as ranges in document order. */
export function scanRoot(root: Node, matcher: Matcher, opts: ScanOptions): PlacedMention[] {
  const blocks = readTextBlocks(root);
  const found = blocks.map((b) => findMentions(matcher, b.text));
  // The page's own words decide whether ambiguous names ("Gemini") count here.
  const resolved = resolvePage(found, blocks.map((b) => b.text).join('\n'));
  const out: PlacedMention[] = [];
  const seen = new Set<string>();
  resolved.forEach((mentions, i) => {
    const block = blocks[i]!;
    for (const m of mentions) {
      const kind = opts.kindOf.get(m.entityId);
      if (!kind || (opts.include && !opts.include(m.entityId, kind))) continue;
      if (opts.firstOnly && seen.has(m.entityId)) continue;
      const range = rangeFor(block, m.start, m.end);
      if (!range) continue;
      seen.add(m.entityId);
      out.push({
        range,
        entityId: m.entityId,
        kind,
        matched: m.matched,
        ...(m.unknownVersion ? { unknownVersion: true } : {}),
      });
    }
  });
  return out;
}
