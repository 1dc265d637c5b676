import type { Highlighter, PlacedMention } from '../paint/highlight';

/** Text node and offset under a point; Firefox and Chromium 128+ have the standard API. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | undefined {
  if (doc.caretPositionFromPoint) {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  const r = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(
    x,
    y,
  );
  return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
}

const inside = (rect: DOMRect, x: number, y: number) =>
  x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;

/**
 * The mention under the pointer, if any: caret position → our per-node index →
 * confirmation against the range's own boxes, so the blank margin next to a
 * name (where the caret snaps to the line's end) opens nothing.
 */
export function mentionAt(
  doc: Document,
  h: Highlighter,
  x: number,
  y: number,
): { mention: PlacedMention; rect: DOMRect } | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  for (const m of h.at(caret.node)) {
    for (const rect of m.range.getClientRects()) if (inside(rect, x, y)) return { mention: m, rect };
  }
  return undefined;
}
