// Alias scaling, on the matcher itself in Node: the 1 MB long read's paragraphs through
// buildMatcher/findMentions with the real aliases and with 10× as many (padded with generated names).
import { buildMatcher } from '../../lib/core/match/build-matcher';
import { findMentions } from '../../lib/core/match/find-mentions';
import type { MatchAlias } from '../../lib/core/match/types';
import { paddedAliases } from './aliases';

export interface ScalingSide {
  aliases: number;
  /** buildMatcher + the first findMentions over the text (regexes compile lazily on first use). */
  coldMs: number;
  /** Median of the warm passes over the whole text. */
  scanMs: number;
  mentions: number;
}

export interface Scaling {
  real: ScalingSide;
  padded: ScalingSide;
  chars: number;
  /** padded / real. */
  scanRatio: number;
  coldRatio: number;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#x27': "'",
  '#39': "'",
  nbsp: '\u00a0',
};

/** The text blocks of a generated page: one per <p>/<h1>/<h2>, tags stripped, entities decoded. */
export function textBlocks(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<(p|h1|h2)>([\s\S]*?)<\/\1>/g))
    out.push((m[2] as string).replace(/<[^>]+>/g, '').replace(/&(#?\w+);/g, (s, e: string) => ENTITIES[e] ?? s));
  return out;
}

function scanAll(aliases: MatchAlias[], blocks: string[]) {
  const t0 = performance.now();
  const matcher = buildMatcher(aliases);
  let mentions = 0;
  for (const b of blocks) mentions += findMentions(matcher, b).length;
  const coldMs = performance.now() - t0;
  return { matcher, coldMs, mentions };
}

function warm(matcher: ReturnType<typeof buildMatcher>, blocks: string[]): number {
  const t0 = performance.now();
  for (const b of blocks) findMentions(matcher, b);
  return performance.now() - t0;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

export function measureScaling(real: MatchAlias[], html: string, factor = 10, rounds = 5): Scaling {
  const blocks = textBlocks(html);
  const padded = paddedAliases(real, factor);
  // Warm the JIT on findMentions itself with a throwaway matcher, so neither side pays for it.
  scanAll(real.slice(0, 50), blocks.slice(0, 200));
  const sides = [real, padded].map((list) => {
    const cold = scanAll(list, blocks);
    return { list, cold, warm: [] as number[] };
  });
  // Interleaved, so drift (thermal, GC, the JIT) hits both sides alike.
  for (let r = 0; r < rounds; r++) for (const s of sides) s.warm.push(warm(s.cold.matcher, blocks));
  const [a, b] = sides.map(
    (s): ScalingSide => ({
      aliases: s.list.length,
      coldMs: s.cold.coldMs,
      scanMs: median(s.warm),
      mentions: s.cold.mentions,
    }),
  ) as [ScalingSide, ScalingSide];
  return {
    real: a,
    padded: b,
    chars: blocks.reduce((n, t) => n + t.length, 0),
    scanRatio: b.scanMs / a.scanMs,
    coldRatio: b.coldMs / a.coldMs,
  };
}
