import { ASIDE, type Aside } from './text-blocks';

/**
 * The part of the page LabLens reads now: the viewport and `margin` screens
 * above and below it. Block elements wholly outside are set aside unread, in
 * document order, and read when they come near (a scroll), or all at once when
 * the reader asks about the whole page (the popup, the next-mention shortcut).
 * Reading a 1 MB page costs what reading the screens around the reader costs.
 */
export class ReadingBand {
  /** Set-aside elements (and stray text nodes) in document order; `null` where one was taken out. */
  private aside: (Node | null)[] = [];
  private has = new Set<Node>();
  /** Entries that stand for themselves and all their later siblings (a long article's tail). */
  private runs = new Set<Node>();
  /** Per parent: whether its children stack in document order (block flow), so a run may start there. */
  private flows = new WeakMap<Node, boolean>();
  /** Per parent: the run started among its children. */
  private runOf = new WeakMap<Node, Node>();

  /** The set-aside nodes, for ancestor checks. */
  get unread(): ReadonlySet<Node> {
    return this.has;
  }

  constructor(
    private readonly win: Pick<Window, 'innerHeight'>,
    private readonly margin = 1,
  ) {}

  /** How many nodes wait unread. */
  get size(): number {
    return this.has.size;
  }

  /**
   * For the walk: whether `el`'s box lies wholly outside the band (then it is
   * kept here). Below the band in block flow, its later siblings are below too
   * and are set aside with it unvisited: on a 1 MB article that is 6,000
   * paragraphs the walk never measures. Boxless elements (display: none or
   * contents) are the walk's to judge.
   */
  setAside(el: Element, runs = true): Aside {
    const r = measure(el);
    if (!r || this.near(r)) return ASIDE.none;
    const rest = runs && r.top > this.edge('bottom') && this.stacks(el);
    // Already in a run from an earlier sibling (when called for siblings one by one).
    const run = rest && el.parentNode ? this.runOf.get(el.parentNode) : undefined;
    if (run && this.runs.has(run)) return ASIDE.run;
    if (rest && el.parentNode) this.runOf.set(el.parentNode, el);
    this.add(el, rest);
    return rest ? ASIDE.run : ASIDE.element;
  }

  add(node: Node, rest = false): void {
    if (rest) this.runs.add(node);
    if (this.has.has(node)) return;
    this.has.add(node);
    this.aside.push(node);
  }

  /** In flow inside a block container: nothing after it can sit higher (no flex, grid, absolute or float). */
  private stacks(el: Element): boolean {
    const parent = el.parentElement;
    if (!parent) return false;
    const view = el.ownerDocument.defaultView;
    if (!view) return false;
    let flow = this.flows.get(parent);
    if (flow === undefined) {
      flow = ['block', 'flow-root', 'list-item'].includes(view.getComputedStyle(parent).display);
      this.flows.set(parent, flow);
    }
    if (!flow) return false;
    const style = view.getComputedStyle(el);
    return !['absolute', 'fixed'].includes(style.position) && ['none', ''].includes(style.float);
  }

  /** Replaces each run that may reach into the band (`all`: every run) by its members, in place. */
  private expand(all: boolean): void {
    const open = new Set([...this.runs].filter((n) => all || this.reaches(n)));
    if (!open.size) return;
    const out: (Node | null)[] = [];
    for (const node of this.aside) {
      if (!node || !open.has(node)) {
        out.push(node);
        continue;
      }
      this.runs.delete(node);
      for (let x: Node | null = node; x; x = x.nextSibling) {
        if (x.nodeType === Node.TEXT_NODE ? !(x as Text).data.trim() : x.nodeType !== Node.ELEMENT_NODE) continue;
        if (x !== node && this.has.has(x)) continue;
        this.has.add(x);
        out.push(x);
      }
    }
    this.aside = out;
  }

  /** Whether a run from `start` to its parent's end overlaps the band. */
  private reaches(start: Node): boolean {
    const a = box(start);
    const b = start.parentElement && box(start.parentElement);
    return !a || !b || (a.top <= this.edge('bottom') && b.bottom >= this.edge('top'));
  }

  /**
   * Takes out what is now in the band. The set-aside boxes are mostly in
   * vertical order (document order), so a binary search finds where the band
   * starts and the scan stops a little after the first boxes past its end,
   * instead of measuring every paragraph of a long page on each scroll.
   */
  takeNear(): Node[] {
    this.expand(false);
    this.compact();
    const list = this.aside as Node[];
    const top = this.edge('top');
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const r = box(list[mid]!);
      if (r && r.bottom < top) lo = mid + 1;
      else hi = mid;
    }
    const out: Node[] = [];
    // Back a few from the search's answer and run on a few past the band: boxes out of order
    // (floats, columns) near the edge are still found.
    let past = 0;
    for (let i = Math.max(0, lo - SLACK); i < list.length && past < SLACK; i++) {
      const node = list[i]!;
      const r = box(node);
      if (!r || this.near(r)) {
        out.push(node);
        this.has.delete(node);
        this.aside[i] = null;
      } else if (r.top > this.edge('bottom')) past++;
    }
    return out;
  }

  /** Takes out everything still unread. */
  takeAll(): Node[] {
    this.expand(true);
    const out = this.aside.filter((n): n is Node => n !== null);
    this.aside = [];
    this.has.clear();
    this.runs.clear();
    return out;
  }

  private near(r: DOMRect): boolean {
    return r.bottom >= this.edge('top') && r.top <= this.edge('bottom');
  }

  /** The band's top or bottom edge in viewport coordinates. */
  private edge(side: 'top' | 'bottom'): number {
    const h = this.win.innerHeight;
    return side === 'top' ? -this.margin * h : h + this.margin * h;
  }

  private compact(): void {
    if (this.aside.length > this.has.size) this.aside = this.aside.filter((n) => n !== null);
  }
}

/** How many boxes past the band's edge the scan still looks at. */
const SLACK = 8;

/** An element's box, or undefined when it has none (display: none or contents). */
function measure(el: Element): DOMRect | undefined {
  const r = el.getBoundingClientRect();
  return r.width === 0 && r.height === 0 ? undefined : r;
}

/** A set-aside node's box, or undefined when it has none to measure (gone, a text node, no box). */
function box(node: Node): DOMRect | undefined {
  return node.isConnected && node.nodeType === Node.ELEMENT_NODE ? measure(node as Element) : undefined;
}
