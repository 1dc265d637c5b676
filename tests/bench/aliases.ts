// The real alias list, exactly as the background hands it to the content script (buildMatcherBundle).
import { buildMatcherBundle } from '../../lib/background/db/seed';
import type { MatchAlias } from '../../lib/core/match/types';
import { loadDatasetFromDisk } from '../scripts/load-dataset';

export function realAliases(): MatchAlias[] {
  return buildMatcherBundle(loadDatasetFromDisk()).aliases;
}

/** Deterministic PRNG (mulberry32), so every run pads with the same names. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'zor vex quil tam bren ossa kai lum dra vin pex tor mira nol sef zan yri gol hux bel'.split(' ');
const SUFFIXES = ['', '', ' AI', ' Labs', '-2', ' 3.5', '-7B', ' Pro', ' Mini', '-Coder', ' Ultra', ' 70B'];
const HAN = '星云智谱光年深海天元灵犀墨子青松启明万象极光凌云';

/**
 * The real list plus generated names up to `factor` times its length: Latin names built from
 * syllables with model-like suffixes, and about as many Chinese names (in proportion) as the real list has.
 */
export function paddedAliases(real: MatchAlias[], factor: number): MatchAlias[] {
  const next = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const cjkShare = real.filter((a) => /\p{Script=Han}/u.test(a.text)).length / real.length;
  const seen = new Set(real.map((a) => a.text.toLowerCase()));
  const out = [...real];
  for (let i = 0; out.length < real.length * factor; i++) {
    let text: string;
    if (next() < cjkShare) text = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick([...HAN])).join('');
    else {
      const name = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join('');
      text = name[0]!.toUpperCase() + name.slice(1) + pick(SUFFIXES);
    }
    if (seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push({ text, entityId: `fake-${i}`, ...(next() < 0.05 ? { familyPattern: true } : {}) });
  }
  return out;
}

/** mark.js reference: one RegExp, an escaped alternation of every alias text, longest first. */
export function aliasRegExpSource(aliases: MatchAlias[]): string {
  const texts = [...new Set(aliases.map((a) => a.text))].sort((a, b) => b.length - a.length);
  return texts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
