import { findClaims } from '../core/claims/find-claims';
import { sentences } from '../core/claims/sentences';
import type { FoundClaim, NameAt } from '../core/claims/types';
import { formatSpan } from '../core/fact-rows';
import type { Kind } from '../core/kinds';
import type { CheckClaimsRequest, ClaimVerdict, PageClaim } from '../shared/claim-schemas';
import type { TextBlock } from './read/text-blocks';
import { rangeFor } from './read/text-blocks';

/** A checked claim on the page, with its Range made on first use. */
export interface PlacedClaim extends PageClaim {
  readonly range: Range;
}

interface Entry {
  block: TextBlock;
  kept: readonly { start: number; end: number; entityId: string; unknownVersion?: boolean }[];
}

const CLAIM_HIGHLIGHT = { agrees: 'lablens-claim-agrees', disagrees: 'lablens-claim-disagrees' } as const;

/**
 * The page's claims about the names on it: found in the blocks that have
 * names (only there), checked by the background against the dataset, and
 * highlighted by verdict under `lablens-claim-agrees` and
 * `lablens-claim-disagrees` (nothing for "cannot check").
 */
export class ClaimsLayer {
  private seen = new WeakMap<TextBlock, number>();
  private byBlock = new Map<TextBlock, PlacedClaim[]>();
  private next = 0;
  /** The page's entities in the order first met: a lab standing in for its model picks the one named. */
  private page = new Set<string>();
  private asking: Promise<void> = Promise.resolve();
  private live = new Map<string, Highlight>();

  constructor(
    private readonly o: {
      articleDate: () => string | undefined;
      kindOf: (id: string) => Kind | undefined;
      check: (req: CheckClaimsRequest) => Promise<(ClaimVerdict | null)[]>;
      onChange: () => void;
      registry?: HighlightRegistry;
    },
  ) {}

  /** Reads the blocks whose counted names changed since the last call, then asks for verdicts. */
  update(entries: readonly Entry[]): void {
    const found: { block: TextBlock; claim: FoundClaim }[] = [];
    let previous: Entry | undefined;
    for (const e of entries) {
      if (!e.kept.length) continue;
      if (this.seen.get(e.block) !== e.kept.length) {
        this.seen.set(e.block, e.kept.length);
        this.byBlock.delete(e.block);
        const names = this.names(e.kept);
        for (const n of names) this.page.add(n.entityId);
        const carry = previous ? this.names(previous.kept) : [];
        for (const claim of findClaims(e.block.text, names, this.o.articleDate(), carry))
          found.push({ block: e.block, claim });
      }
      previous = e;
    }
    for (const b of this.byBlock.keys()) if (!b.nodes.every((n) => n.isConnected)) this.byBlock.delete(b);
    if (found.length) {
      const page = [...this.page];
      this.asking = this.asking.then(() => this.check(found, page));
    }
  }

  private names(kept: Entry['kept']): NameAt[] {
    return kept.flatMap((m) => {
      const kind = this.o.kindOf(m.entityId);
      return kind && !m.unknownVersion ? [{ start: m.start, end: m.end, entityId: m.entityId, kind }] : [];
    });
  }

  private async check(found: { block: TextBlock; claim: FoundClaim }[], page: string[]): Promise<void> {
    const claims = found.map(({ claim: c }) => ({
      kind: c.kind,
      value: c.value,
      subjects: c.subjects,
      direct: c.direct,
      ...(c.viaLab ? { viaLab: true } : {}),
    }));
    const verdicts = await this.o
      .check({ pageEntities: page.slice(0, 2000), claims: claims.slice(0, 500) })
      .catch(() => []);
    found.forEach(({ block, claim }, i) => {
      const v = verdicts[i];
      if (!v || !block.nodes.every((n) => n.isConnected)) return;
      const list = this.byBlock.get(block) ?? [];
      list.push(placed(block, claim, v, this.next++));
      this.byBlock.set(block, list);
    });
    this.o.onChange();
  }

  all(): PlacedClaim[] {
    return [...this.byBlock.values()]
      .flat()
      .sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  /** The highlighted claim under a point, if any. */
  at(x: number, y: number): { claim: PlacedClaim; rect: DOMRect } | undefined {
    for (const c of this.byBlock.values())
      for (const claim of c) {
        if (claim.verdict === 'cannot-check') continue;
        for (const rect of claim.range.getClientRects())
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return { claim, rect };
      }
    return undefined;
  }

  /** Registers the verdict highlights; again if a page script cleared the registry. */
  paint(): void {
    const registry = this.o.registry ?? CSS.highlights;
    for (const [verdict, name] of Object.entries(CLAIM_HIGHLIGHT)) {
      const ranges = this.all()
        .filter((c) => c.verdict === verdict)
        .map((c) => c.range);
      const h = this.live.get(name);
      if (!ranges.length) {
        if (h) registry.delete(name);
        this.live.delete(name);
        continue;
      }
      const next = new Highlight(...ranges);
      this.live.set(name, next);
      registry.set(name, next);
    }
  }

  /** Takes the marks off the page but keeps the claims (the reader chose no marks; cards still open). */
  unpaint(): void {
    const registry = this.o.registry ?? CSS.highlights;
    for (const name of this.live.keys()) registry.delete(name);
    this.live.clear();
  }

  clear(): void {
    this.unpaint();
    this.byBlock.clear();
    this.page.clear();
    this.seen = new WeakMap();
  }
}

function placed(block: TextBlock, c: FoundClaim, v: ClaimVerdict, key: number): PlacedClaim {
  const s = sentences(block.text).find((x) => x.start <= c.start && x.end >= c.end) ?? { start: c.start, end: c.end };
  let range: Range | undefined;
  return {
    key,
    kind: c.kind,
    quote: block.text.slice(c.start, c.end),
    context: block.text.slice(s.start, s.end).trim().slice(0, 400),
    ...(c.value.type === 'date' && c.value.relative ? { said: formatSpan(c.value.from, c.value.to) } : {}),
    ...v,
    get range() {
      range ??= rangeFor(block, c.start, c.end) ?? block.nodes[0]!.ownerDocument!.createRange();
      return range;
    },
  };
}
