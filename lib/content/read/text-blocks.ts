/**
 * DOM → text blocks with offsets. A block is the text of one block-level
 * element, so a name split across inline elements (`Deep<b>Seek</b>`) is one
 * string for the matcher. The DOM is only read, never changed.
 */
export interface TextBlock {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset of nodes[i] in `text`. */
  starts: number[];
  /** The block-level element (or root) the text belongs to. */
  container: Node;
}

/** Never scanned: not prose, or the user's own input. */
const SKIP_TAGS = new Set(
  'SCRIPT STYLE NOSCRIPT TEXTAREA INPUT SELECT OPTION CODE PRE KBD SAMP SVG MATH TEMPLATE IFRAME CANVAS VIDEO AUDIO OBJECT HEAD TITLE'.split(
    ' ',
  ),
);

const INLINE_TAGS = new Set(
  'A ABBR B BDI BDO CITE DATA DFN EM FONT I LABEL MARK Q S SMALL SPAN STRONG SUB SUP TIME U VAR WBR INS DEL'.split(' '),
);

/** LabLens's own UI carries this attribute. */
export const OWN_UI_ATTR = 'data-lablens-ui';

/** Whether an element set aside by the walk (so never checked) may be read as a root now. */
export const readable = (el: Node): boolean =>
  el.isConnected && (el.nodeType !== Node.ELEMENT_NODE || !skipElement(el as Element));

/** Hidden text is not read: `hidden`, `display: none`, `visibility: hidden`, closed <details>. */
function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const check = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  return (
    typeof check === 'function' &&
    !INLINE_TAGS.has(el.tagName.toUpperCase()) &&
    !check.call(el, { visibilityProperty: true }) &&
    // checkVisibility() is false for a box-less `display: contents` wrapper, whose children still show.
    el.ownerDocument.defaultView?.getComputedStyle(el).display !== 'contents'
  );
}

/** The user's input: `isContentEditable` is inherited, so it walks every ancestor (quadratic on a 10,000-deep page). */
const editable = (el: Element) => !!(el as HTMLElement).isContentEditable;

/**
 * Never read: not prose, the user's input, LabLens's own UI. Inside a walk only a `contenteditable`
 * element can start an editing host (the walk never enters one), so the inherited check is paid there
 * and on each walk's root.
 */
const excluded = (el: Element, tag: string) =>
  SKIP_TAGS.has(tag) || el.hasAttribute(OWN_UI_ATTR) || (el.hasAttribute('contenteditable') && editable(el));

function skipElement(el: Element): boolean {
  return excluded(el, el.tagName.toUpperCase()) || editable(el) || hidden(el);
}

/**
 * Whether text that changed under `root` may be read: the walk checks what it
 * descends into, so a changed root needs the same checks on itself and every
 * ancestor (across shadow roots): typing into a contenteditable, text added to
 * a <code> or a hidden element, a JSON-LD script's text.
 */
export function readableRoot(root: Node): boolean {
  if (!root.isConnected) return false;
  const first = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : root.parentElement;
  for (let el: Element | null = first; el; el = el.parentElement ?? ((el.parentNode as ShadowRoot)?.host || null))
    if (excluded(el, el.tagName.toUpperCase())) return false;
  // checkVisibility looks at the ancestors too (display: none anywhere above, visibility: hidden).
  const check = first && (first as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  return !first || typeof check !== 'function' || check.call(first, { visibilityProperty: true });
}

/** What the walk does with a block element: read it (none set aside), set it aside, or set aside a run: it and all its later siblings. */
export const ASIDE = { none: 0, element: 1, run: 2 } as const;
export type Aside = (typeof ASIDE)[keyof typeof ASIDE];

function blockOf(node: Node, root: Node): Node {
  let el = node.parentElement;
  while (el && el !== root && INLINE_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  // Inside a shadow root the walk stops at the root itself.
  return el ?? node.parentNode ?? root;
}

export interface WalkOptions {
  /** Open shadow roots as they are found (for the observer). */
  onShadow?: (root: ShadowRoot) => void;
  /** Whether to leave a block element (or it and its later siblings) unread for now; the callee keeps it (ReadingBand). */
  setAside?: (el: Element) => Aside;
  /**
   * Yield `undefined` (a pause) once one descent has taken this long: a page of
   * 10,000 nested elements is one `nextNode()` that checks every one of them
   * (a second-long task), which the caller can now cut into slices.
   */
  pauseAfterMs?: number;
}

/**
 * Walks the text under `root` in document order and yields one block at a
 * time, so a caller can stop between blocks and keep each task short. Open
 * shadow roots are walked where they sit.
 */
export function* walkTextBlocks(root: Node, opts: WalkOptions = {}): Generator<TextBlock | undefined> {
  const { onShadow, setAside, pauseAfterMs } = opts;
  // A stray text node between blocks, set aside with them.
  if (root.nodeType === Node.TEXT_NODE) {
    const t = root as Text;
    if (t.data.trim()) yield { text: t.data, nodes: [t], starts: [0], container: blockRoot(t) };
    return;
  }
  const doc = root.ownerDocument ?? (root as Document);
  if (doc.designMode === 'on' || (root.nodeType === Node.ELEMENT_NODE && editable(root as Element))) return;
  const shadows: ShadowRoot[] = [];
  // A host read as a root (set aside earlier, or changed) is never offered to acceptNode.
  const own = (root as Element).shadowRoot;
  if (own) {
    shadows.push(own);
    onShadow?.(own);
  }
  const check = (el: Element): number => {
    const tag = el.tagName.toUpperCase();
    if (excluded(el, tag)) return NodeFilter.FILTER_REJECT;
    // Far from the viewport: left for later, before paying for the visibility check. A run of
    // later siblings is handed to the loop below, which jumps past it without visiting each.
    const aside = setAside && !INLINE_TAGS.has(tag) ? setAside(el) : ASIDE.none;
    if (aside === ASIDE.run) return NodeFilter.FILTER_ACCEPT;
    if (aside === ASIDE.element || hidden(el)) return NodeFilter.FILTER_REJECT;
    if (el.shadowRoot) {
      shadows.push(el.shadowRoot);
      onShadow?.(el.shadowRoot);
    }
    return NodeFilter.FILTER_SKIP;
  };
  let since = performance.now();
  /** The element where a long descent stopped, unchecked: the loop pauses there, then checks it. */
  let paused: Node | undefined;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      if (n.nodeType !== Node.ELEMENT_NODE) return NodeFilter.FILTER_ACCEPT;
      if (pauseAfterMs !== undefined && !paused && performance.now() - since > pauseAfterMs) {
        paused = n;
        return NodeFilter.FILTER_ACCEPT;
      }
      return check(n as Element);
    },
  });
  let current: TextBlock | undefined;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n === paused) {
      yield undefined;
      paused = undefined;
      since = performance.now();
      const verdict = check(n as Element);
      // Skipped: walk on into its children. Rejected: past its subtree. A run: past its later siblings too.
      if (verdict === NodeFilter.FILTER_SKIP) continue;
      let last: Node = verdict === NodeFilter.FILTER_REJECT ? n : (n.parentNode as Node);
      while (last.lastChild) last = last.lastChild;
      walker.currentNode = last;
      continue;
    }
    if (n.nodeType === Node.ELEMENT_NODE) {
      let last = n.parentNode as Node;
      while (last.lastChild) last = last.lastChild;
      walker.currentNode = last;
      continue;
    }
    const t = n as Text;
    const container = blockOf(t, root);
    if (current && container !== current.container) {
      if (current.text.trim()) {
        yield current;
        // The caller may have ended its slice here: the next descent's time starts now.
        since = performance.now();
      }
      current = undefined;
    }
    current ??= { text: '', nodes: [], starts: [], container };
    current.starts.push(current.text.length);
    current.nodes.push(t);
    current.text += t.data;
    while (shadows.length) yield* walkTextBlocks(shadows.shift()!, opts);
  }
  if (current?.text.trim()) yield current;
  while (shadows.length) yield* walkTextBlocks(shadows.shift()!, opts);
}

/**
 * The subtree to read again when `node` changed: its block-level element, so a
 * name split by a new inline element is still read whole.
 */
export function blockRoot(node: Node): Node {
  let n: Node | null = node.nodeType === Node.ELEMENT_NODE ? node : node.parentNode;
  while (n && n.nodeType === Node.ELEMENT_NODE && INLINE_TAGS.has((n as Element).tagName.toUpperCase()))
    n = n.parentNode;
  return n ?? node;
}

/** Keeps only the outermost of nested roots: one walk up per node, not a comparison of every pair. */
export function outermost(nodes: Iterable<Node>): Node[] {
  const set = new Set([...nodes].filter((n) => n.isConnected));
  return [...set].filter((n) => !hasAncestorIn(n, set));
}

/** Whether a proper ancestor of `n` (crossing shadow roots) is in `set`. */
export function hasAncestorIn(n: Node, set: ReadonlySet<Node>): boolean {
  for (let p = n.parentNode ?? (n as ShadowRoot).host; p; p = p.parentNode ?? (p as ShadowRoot).host ?? null)
    if (set.has(p)) return true;
  return false;
}

/**
 * A block cut into pieces of at most `max` characters, at a sentence end (or
 * a space) near the limit, so one huge block (a 5 MB <pre>-like paragraph) is
 * matched in short steps. The pieces share the container and the text nodes;
 * a piece's first node may start before it (a negative start).
 */
export function* splitBlock(block: TextBlock, max = 4096): Generator<TextBlock> {
  const { text } = block;
  if (text.length <= max) return yield block;
  let a = 0;
  let first = 0;
  while (a < text.length) {
    let b = Math.min(text.length, a + max);
    if (b < text.length) {
      const tail = text.slice(b - 1024, b);
      const sentence = Math.max(tail.lastIndexOf('. '), tail.lastIndexOf('\n'));
      const space = tail.lastIndexOf(' ');
      const cut = sentence >= 0 ? sentence + 1 : space;
      if (cut >= 0) b = b - 1024 + cut + 1;
    }
    while (first + 1 < block.nodes.length && block.starts[first + 1]! <= a) first++;
    let last = first;
    while (last + 1 < block.nodes.length && block.starts[last + 1]! < b) last++;
    yield {
      text: text.slice(a, b),
      nodes: block.nodes.slice(first, last + 1),
      starts: block.starts.slice(first, last + 1).map((s) => s - a),
      container: block.container,
    };
    a = b;
  }
}

/** Every block under `root` at once (tests, small subtrees). */
export function readTextBlocks(root: Node): TextBlock[] {
  return [...walkTextBlocks(root)].filter((b) => b !== undefined);
}

/** Block offsets → a Range across however many text nodes they span. */
export function rangeFor(block: TextBlock, start: number, end: number): Range | undefined {
  const locate = (offset: number, isEnd: boolean): [Text, number] | undefined => {
    for (let i = block.nodes.length - 1; i >= 0; i--) {
      const s = block.starts[i]!;
      if (offset > s || (!isEnd && offset === s) || (isEnd && offset === s && i === 0)) {
        return [block.nodes[i]!, offset - s];
      }
    }
    return undefined;
  };
  const a = locate(start, false);
  const b = locate(end, true);
  if (!a || !b) return undefined;
  const range = block.nodes[0]!.ownerDocument.createRange();
  range.setStart(a[0], a[1]);
  range.setEnd(b[0], b[1]);
  return range;
}
