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
}

/** Never scanned: not prose, or the user's own input. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'MATH',
  'TEMPLATE',
  'IFRAME',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'OBJECT',
  'HEAD',
  'TITLE',
]);

const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'LABEL',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  'INS',
  'DEL',
]);

/** LabLens's own UI carries this attribute. */
export const OWN_UI_ATTR = 'data-lablens-ui';

function skipElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute(OWN_UI_ATTR) || el.hasAttribute('hidden')) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  return false;
}

function blockOf(node: Node, root: Node): Node {
  let el = node.parentElement;
  while (el && el !== root && INLINE_TAGS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el ?? root;
}

/** Reads the text under `root` in document order, grouped by block. */
export function readTextBlocks(root: Node): TextBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.nodeType === Node.ELEMENT_NODE
        ? skipElement(n as Element)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP
        : NodeFilter.FILTER_ACCEPT,
  });
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  let currentBlock: Node | undefined;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (!t.data.trim() && !current) continue;
    const b = blockOf(t, root);
    if (b !== currentBlock || !current) {
      current = { text: '', nodes: [], starts: [] };
      blocks.push(current);
      currentBlock = b;
    }
    current.starts.push(current.text.length);
    current.nodes.push(t);
    current.text += t.data;
  }
  return blocks.filter((b) => b.text.trim());
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
