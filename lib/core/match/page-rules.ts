import { aboutAiByTerms, aiTermCounts, isProse, keptAs, namesInFull, settlesAi } from './ambiguity';
import type { Mention } from './types';

/** A block of text with the names found in it. */
export interface RuleBlock {
  readonly text: string;
  readonly mentions: readonly Mention[];
}

export interface RuleSink {
  /** Everything emitted so far no longer holds: the rules start over from the first block. */
  restart(): void;
  /** `m`, in block `block`, counts on this page. */
  keep(block: number, m: Mention): void;
}

/**
 * The page-level rules, resolved incrementally: ambiguous names ("Gemini",
 * "Claude") count only on pages about AI (an unambiguous name, or enough AI
 * vocabulary); context-only forms ("Altman", "R1") only once the page names the
 * same entity in full. Blocks appended since the last call are resolved alone
 * unless they change a page-level verdict. The one implementation of these
 * rules: the content script's PageIndex and the tests both run through it.
 */
export class PageRules {
  private settled = false;
  /** AI vocabulary per term, capped at 2, over the blocks counted so far. */
  private terms = new Map<string, number>();
  private counted = 0;
  private done = 0;
  private lastAboutAi: boolean | undefined;
  private named = new Set<string>();
  /** Lines (families, developers, makers) the page names in full: "1.5 Flash" counts after "Gemini 2.0 Flash". */
  private lines = new Set<string>();
  /** Entities with a context-only form left out so far: naming one later changes old blocks. */
  private waiting = new Set<string>();

  /** A block was read: an unambiguous name settles the page as about AI. */
  note(mentions: readonly Mention[]): void {
    if (!this.settled && mentions.some(settlesAi)) this.settled = true;
  }

  /** Blocks left the page or moved: count the vocabulary and resolve from the start. */
  recount(): void {
    this.terms.clear();
    this.counted = 0;
    this.lastAboutAi = undefined;
  }

  /** The caller's own filters changed: resolve from the start. */
  restart(): void {
    this.done = 0;
    this.named.clear();
    this.lines.clear();
    this.waiting.clear();
  }

  get aboutAi(): boolean {
    return this.settled || this.byTerms(undefined);
  }

  resolve(blocks: readonly RuleBlock[], sink: RuleSink): void {
    const aboutAi = this.settled || this.byTerms(blocks);
    if (this.lastAboutAi !== aboutAi) this.startOver(sink);
    this.lastAboutAi = aboutAi;
    this.name(blocks.slice(this.done), aboutAi);
    // A name in full in a new block lets earlier context-only forms count: start over (rare).
    if ([...this.waiting].some((id) => this.named.has(id) || this.lines.has(id))) {
      this.startOver(sink);
      this.name(blocks, aboutAi);
    }
    for (let i = this.done; i < blocks.length; i++) {
      for (const m of blocks[i]!.mentions) {
        const kept = keptAs(m, aboutAi, this.named, this.lines);
        if (kept) sink.keep(i, kept);
        // Left out, or kept as its own entity while another may yet be named: a later block may change it.
        if (m.others || (!kept && m.contextOnly))
          for (const id of [m.entityId, ...(m.others ?? []), ...(m.byLine && m.line ? [m.line] : [])])
            if (!this.named.has(id) && !this.lines.has(id)) this.waiting.add(id);
      }
    }
    this.done = blocks.length;
  }

  /** Notes the entities and model lines the blocks name in full. */
  private name(blocks: readonly RuleBlock[], aboutAi: boolean): void {
    for (const b of blocks)
      for (const m of b.mentions) {
        // A name others share ("Copilot") names none of them: the page decides it (keptAs).
        if (!namesInFull(m, aboutAi) || m.others) continue;
        this.named.add(m.entityId);
        this.lines.add(m.line ?? m.entityId);
      }
  }

  private startOver(sink: RuleSink): void {
    this.restart();
    sink.restart();
  }

  /** The vocabulary verdict, counting prose blocks that arrived since the last call (only while no name settles it). */
  private byTerms(blocks: readonly RuleBlock[] | undefined): boolean {
    if (blocks && !this.settled) {
      for (const b of blocks.slice(this.counted)) {
        if (!isProse(b.text)) continue;
        for (const [t, n] of aiTermCounts(b.text)) this.terms.set(t, Math.min(2, (this.terms.get(t) ?? 0) + n));
      }
      this.counted = blocks.length;
    }
    return aboutAiByTerms(this.terms);
  }
}

/** The rules over a whole page at once: the mentions that count, per block. */
export function resolvePage(blocks: readonly RuleBlock[]): Mention[][] {
  const out: Mention[][] = blocks.map(() => []);
  const rules = new PageRules();
  for (const b of blocks) rules.note(b.mentions);
  rules.resolve(blocks, {
    restart: () => {
      for (const b of out) b.length = 0;
    },
    keep: (i, m) => out[i]!.push(m),
  });
  return out;
}
