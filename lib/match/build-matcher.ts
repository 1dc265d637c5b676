import { exactKey, matchKey } from './normalize';
import { charAt, isWordChar, VERSION, VERSION_END } from './patterns';
import { spellings } from './spellings';
import { addKeyed, emitTrie, type Keyed, prefixes, splitByFirst } from './trie';
import type { MatchAlias } from './types';

export { countAiTerms, resolvePage } from './ambiguity';
export { findMentions } from './find-mentions';

/**
 * A matcher as plain data, built once by the background when the dataset is
 * stored and restored by every page (a build costs ~150 ms of cold JavaScript
 * in a fresh page). Aliases are referred to by index into the list it was built from.
 */
export interface MatcherSource {
  /** Flags `g`: where a name may start (the first PREFIX characters of every name; Latin names after no ASCII letter). */
  scan: string;
  /** Flags `y`: every name, in parts by first character, each run only where `scan` stopped; the longest wins, word ends are checked after. */
  parts: string[];
  /** First character → index into `parts`. */
  partOf: [string, number][];
  /** Flags `y`: family names + VERSION only: is there a longer "GPT-5.5" where "GPT" was found? */
  family: string;
  /** matchKey → alias that matches in any case. */
  byKey: [string, number][];
  /** exactKey → alias that must appear with its own case ("Meta", not "meta"). */
  exact: [string, number][];
}

export interface Matcher {
  scan: RegExp;
  /** The sticky regex for names that start with `ch`, compiled on first use. */
  partFor(ch: string): RegExp | undefined;
  family: RegExp;
  byKey: Map<string, MatchAlias>;
  exact: Map<string, MatchAlias>;
  /** Whether `folded` (one space per separator) is one of the alias's spellings. */
  spelled(alias: MatchAlias, folded: string): boolean;
}

/**
 * Candidate prefix length. Longer prefixes mean fewer candidates for the parts
 * to reject but a bigger scan regex: 4 gave the fewest sticky runs for a scan
 * regex of ~3 KB (1 MB page: 24k candidates at 4, 39k at 3, 93k at 2).
 */
const PREFIX = 4;
/**
 * Characters of names per part. Each part is a separate regex that V8 parses
 * and compiles the first time a page needs it: small parts keep every compile
 * far below a long task (one regex of every name took ~55 ms to compile).
 */
const PART_CHARS = 3000;

const pick = (keyed: Keyed, keep: (first: string) => boolean): Keyed =>
  new Map([...keyed].filter(([k]) => keep(charAt(k, 0))));

/**
 * Builds the regexes, without the `i` flag (case-insensitive Unicode regexes are
 * orders of magnitude slower in V8): they run on lower-cased text (prepareText).
 * A flat alternation of the bundled aliases took ~47 s on 20k characters in
 * Node 20; tries take milliseconds.
 */
export function compileMatcher(aliases: MatchAlias[]): MatcherSource {
  const byKey = new Map<string, number>();
  const exact = new Map<string, number>();
  const [all, words, others, family]: [Keyed, Keyed, Keyed, Keyed] = [new Map(), new Map(), new Map(), new Map()];
  aliases.forEach((a, i) => {
    const spelled = spellings(a.text);
    if (!spelled.length) return;
    const [keys, key] = a.caseSensitive ? [exact, exactKey(a.text)] : [byKey, matchKey(a.text)];
    if (!keys.has(key)) keys.set(key, i);
    // Latin, Cyrillic...: whole words only; CJK names match inside running text.
    const startsWord = isWordChar(charAt(spelled[0] as string, 0));
    for (const sp of spelled) {
      addKeyed(all, sp);
      addKeyed(startsWord ? words : others, sp);
      if (a.familyPattern) addKeyed(family, sp);
    }
  });
  const partOf = splitByFirst(all, PART_CHARS);
  const count = Math.max(0, ...partOf.values()) + 1;
  // No `u` flag and no `\p{...}`: V8 compiles such regexes about 4x slower, and
  // every page compiles these. Word ends are checked by findMentions (nameEndAt).
  const parts = Array.from({ length: count }, (_, n) => emitTrie(pick(all, (ch) => partOf.get(ch) === n)) || '(?!)');
  const w = emitTrie(prefixes(words, PREFIX));
  const o = emitTrie(prefixes(others, PREFIX));
  const scan = [w && `(?<![a-zA-Z0-9_])${w}`, o].filter(Boolean).join('|') || '(?!)';
  const fam = family.size ? `${emitTrie(family)}${VERSION}${VERSION_END}` : '(?!)';
  return { scan, parts, partOf: [...partOf], family: fam, byKey: [...byKey], exact: [...exact] };
}

/** The matcher a page uses, from its source and the alias list it was built from. */
export function restoreMatcher(src: MatcherSource, aliases: MatchAlias[]): Matcher {
  const map = (entries: [string, number][]) => {
    const out = new Map<string, MatchAlias>();
    for (const [k, i] of entries) if (aliases[i]) out.set(k, aliases[i]);
    return out;
  };
  const partOf = new Map(src.partOf);
  const parts: RegExp[] = [];
  const spelledAs = new Map<MatchAlias, Set<string>>();
  return {
    scan: new RegExp(src.scan, 'g'),
    partFor(ch) {
      const n = partOf.get(ch);
      if (n === undefined || src.parts[n] === undefined) return undefined;
      parts[n] ??= new RegExp(src.parts[n], 'y');
      return parts[n];
    },
    family: new RegExp(src.family, 'y'),
    byKey: map(src.byKey),
    exact: map(src.exact),
    spelled(alias, folded) {
      let set = spelledAs.get(alias);
      if (!set) {
        set = new Set(spellings(alias.text));
        spelledAs.set(alias, set);
      }
      return set.has(folded);
    },
  };
}

export const buildMatcher = (aliases: MatchAlias[]): Matcher => restoreMatcher(compileMatcher(aliases), aliases);

/** Compiles the regexes every page needs ahead of use, one step per call, so a page can spread the cost over idle slices. */
export function warmUpSteps(m: Matcher): (() => void)[] {
  // The first exec compiles to bytecode; the second tiers up to native code.
  return [m.scan, m.family].flatMap((re) => [() => re.exec(' '), () => re.exec(' ')]);
}
