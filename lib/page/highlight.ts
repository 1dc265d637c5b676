/**
 * Highlights through the CSS Custom Highlight API: ranges are registered with
 * the document's highlight registry and painted by `::highlight()` rules in the
 * content script's stylesheet. The page's DOM is never changed.
 */
export interface PlacedMention {
  range: Range;
  entityId: string;
  kind: string;
  /** The text as it stands on the page. */
  matched: string;
  /** A version of the entity's family that the dataset does not list. */
  unknownVersion?: boolean;
}

export const HIGHLIGHT_PREFIX = 'lablens-';
const FOCUS = `${HIGHLIGHT_PREFIX}focus`;

export class Highlighter {
  private byNode = new Map<Node, PlacedMention[]>();
  private placed: PlacedMention[] = [];
  /** Names we registered. Firefox cannot iterate the page's registry from a content script (Xray). */
  private names = new Set<string>();

  constructor(private readonly registry: HighlightRegistry = CSS.highlights) {}

  /**
   * Replaces every highlight. `nameFor` picks the highlight (and so the style)
   * of a mention; undefined keeps it hoverable but unpainted.
   */
  set(mentions: PlacedMention[], nameFor: (m: PlacedMention) => string | undefined = (m) => m.kind): void {
    this.clear();
    this.placed = mentions;
    const byName = new Map<string, Range[]>();
    for (const m of mentions) {
      const name = nameFor(m);
      if (name) {
        const list = byName.get(name);
        if (list) list.push(m.range);
        else byName.set(name, [m.range]);
      }
      for (const node of [m.range.startContainer, m.range.endContainer]) {
        const at = this.byNode.get(node) ?? [];
        if (!at.includes(m)) at.push(m);
        this.byNode.set(node, at);
      }
    }
    for (const [name, ranges] of byName) this.register(`${HIGHLIGHT_PREFIX}${name}`, new Highlight(...ranges));
  }

  /** Mentions whose range starts or ends in this text node. */
  at(node: Node): readonly PlacedMention[] {
    return this.byNode.get(node) ?? [];
  }

  all(): readonly PlacedMention[] {
    return this.placed;
  }

  focus(m: PlacedMention | undefined): void {
    if (m) this.register(FOCUS, new Highlight(m.range));
    else this.registry.delete(FOCUS);
  }

  private register(name: string, h: Highlight): void {
    this.registry.set(name, h);
    this.names.add(name);
  }

  clear(): void {
    for (const name of this.names) this.registry.delete(name);
    this.names.clear();
    this.byNode.clear();
    this.placed = [];
  }
}
