import type { PlacedMention } from './paint/highlight';

/**
 * Keyboard navigation between mentions: remembers the current one and steps
 * forwards or backwards in document order, wrapping at the ends.
 */
export class MentionCursor {
  private index = -1;

  step(all: readonly PlacedMention[], direction: 'next' | 'prev'): PlacedMention | undefined {
    if (!all.length) return undefined;
    if (this.index >= all.length) this.index = -1;
    this.index = direction === 'next' ? (this.index + 1) % all.length : (this.index - 1 + all.length) % all.length;
    return all[this.index];
  }

  reset(): void {
    this.index = -1;
  }
}

/** Scrolls so the range sits in the middle of the viewport. */
export function scrollToRange(win: Window, range: Range): DOMRect {
  const box = range.getBoundingClientRect();
  win.scrollBy({ top: box.top - win.innerHeight / 2, behavior: 'instant' });
  return range.getBoundingClientRect();
}
