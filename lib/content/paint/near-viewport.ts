/**
 * Which block elements are near the viewport (within `margin` screens above
 * and below). Only their mentions are painted: Chromium re-processes every
 * registered highlight range on each frame of a changing page, so painting
 * 40,000 ranges nobody can see makes the page itself slow. The index still
 * holds every mention (popup counts, keyboard navigation).
 */
export class NearViewport {
  private near = new WeakSet<Node>();
  private watched = new WeakSet<Node>();
  private io: IntersectionObserver | undefined;

  constructor(onChange: () => void, signal: AbortSignal, margin = '150%') {
    if (typeof IntersectionObserver !== 'function') return;
    this.io = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) this.near.add(e.target);
          else this.near.delete(e.target);
        }
        onChange();
      },
      { rootMargin: `${margin} 0px ${margin} 0px` },
    );
    signal.addEventListener('abort', () => this.io?.disconnect());
  }

  watch(container: Node): void {
    if (!this.io || container.nodeType !== Node.ELEMENT_NODE || this.watched.has(container)) return;
    this.watched.add(container);
    this.io.observe(container as Element);
  }

  /** Near, or not an element we can observe (shadow roots, the document): always painted. */
  has(container: Node | undefined): boolean {
    if (!this.io || !container || container.nodeType !== Node.ELEMENT_NODE) return true;
    return this.near.has(container);
  }
}
