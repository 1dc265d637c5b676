export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Where the card goes (viewport coordinates): below the name, left-aligned
 * with it; above when it does not fit below and fits better above; always
 * inside the viewport with `padding` to spare, and never over the name when
 * either side has room.
 */
export function placeCard(
  anchor: Box,
  card: { width: number; height: number },
  view: { width: number; height: number },
  gap = 6,
  padding = 8,
): { x: number; y: number } {
  const below = anchor.top + anchor.height + gap;
  const above = anchor.top - gap - card.height;
  const roomBelow = view.height - padding - below;
  const roomAbove = anchor.top - gap - padding;
  const y = card.height <= roomBelow || roomBelow >= roomAbove ? below : above;
  const maxX = Math.max(padding, view.width - padding - card.width);
  const x = Math.min(Math.max(anchor.left, padding), maxX);
  const maxY = Math.max(padding, view.height - padding - card.height);
  return { x: Math.round(x), y: Math.round(Math.min(Math.max(y, padding), maxY)) };
}
