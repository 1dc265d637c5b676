import type { Highlighter, PlacedMention } from '../paint/highlight';

type CaretFromPoint = (x: number, y: number, o?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;

/**
 * Text node and offset under a point; Firefox and Chromium 128+ have the
 * standard API. Without `shadowRoots` it stops at a shadow host (the caret is
 * retargeted to the host), so names inside open shadow roots could not be hovered.
 */
function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: readonly ShadowRoot[],
): { node: Node; offset: number } | undefined {
  if (doc.caretPositionFromPoint) {
    const at = doc.caretPositionFromPoint as CaretFromPoint;
    const p = at.call(doc, x, y, shadowRoots.length ? { shadowRoots: [...shadowRoots] } : undefined);
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
  shadowRoots: readonly ShadowRoot[] = [],
): { mention: PlacedMention; rect: DOMRect } | undefined {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  for (const m of h.at(caret.node, y)) {
    for (const rect of m.range.getClientRects()) if (inside(rect, x, y)) return { mention: m, rect };
  }
  return undefined;
}
