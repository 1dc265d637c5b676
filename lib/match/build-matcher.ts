import { exactKey, matchKey } from './normalize';
import { IS_WORD, NAME_END, VERSION, WORD_START } from './patterns';
import { spellings } from './spellings';
import type { MatchAlias } from './types';

export { countAiTerms, resolvePage } from './ambiguity';
export { findMentions } from './find-mentions';

export interface Matcher {
  /**
   * Every alias in a few trie-shaped alternations, split by first character so
   * each compiles in its own short task (V8 compiles one 45 KB regex in ~60 ms
   * when it tiers up to native code). findMentions merges them left to right.
   */
  regexes: RegExp[];
  /** Family name + version only, sticky: is there a longer "GPT-5.5" where "GPT" was found? */
  family: RegExp;
  /** matchKey → alias that matches in any case. */
  byKey: Map<string, MatchAlias>;
  /** exactKey → alias that must appear with its own case ("Meta", not "meta"). */
  exact: Map<string, MatchAlias>;
}

const SYNTAX = new Set('\\^$.*+?()[]{}|/');
const escapeRe = (ch: string) => (SYNTAX.has(ch) ? `\\${ch}` : ch);
const escapeInClass = (ch: string) => ch.replace(/[\\\]^-]/g, '\\$&');
/** The character (code point, so never half a surrogate pair) at unit `d`. */
const charAt = (s: string, d: number) => s.slice(d, (s.codePointAt(d) as number) > 0xffff ? d + 2 : d + 1);

/**
 * Regex for list[lo, hi): sorted, distinct spellings that share their first `d`
 * units. It is a trie written as a regex, without building trie objects (this
 * runs on every page): equal next characters sit next to each other in a sorted
 * list. Longer names come before the one that ends here, so the longest wins.
 */
function emit(list: string[], lo: number, hi: number, d: number): string {
  const alts: string[] = [];
  const ends = (list[lo] as string).length === d;
  for (let i = ends ? lo + 1 : lo; i < hi; ) {
    const ch = charAt(list[i] as string, d);
    let j = i + 1;
    while (j < hi && (list[j] as string).startsWith(ch, d)) j++;
    alts.push(escapeRe(ch) + emit(list, i, j, d + ch.length));
    i = j;
  }
  if (ends) alts.push('');
  return alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
}

/** A root, behind one class of its first characters so most positions fail on one test. */
function emitRoot(spelled: Set<string>): string {
  const list = [...spelled].sort();
  const firsts = new Set(list.map((s) => charAt(s, 0)));
  return `(?=[${[...firsts].map(escapeInClass).join('')}])${emit(list, 0, list.length, 0)}`;
}

/** One root's names, then its family names + VERSION, then the name's end; '' if it has none. */
function part(main: Set<string> | undefined, family: Set<string>): string {
  const alts = [main?.size ? emitRoot(main) : '', family.size ? emitRoot(family) + VERSION : ''];
  const body = alts.filter(Boolean).join('|');
  return body ? `(?:${body})${NAME_END}` : '';
}

const compile = (word: string, other: string, flags: string) =>
  new RegExp([word, other].filter(Boolean).join('|') || '(?!)', flags);

/**
 * One regex for all aliases, shaped as a trie so the engine follows a name
 * character by character instead of trying thousands of alternatives (a flat
 * alternation of the bundled 1,500 aliases took ~47 s on 20k characters in
 * Node 20, with or without `i`; this takes a few ms). It runs
 * on lower-cased text (see prepareText) with flags `gu`: no `i`, because
 * case-insensitive Unicode regexes are orders of magnitude slower in V8.
 *
 * Family names ("GPT", "Claude") sit in a second trie followed by one shared
 * VERSION (one per family would make V8's compile time grow with every
 * quantifier). It is the last alternative, for "Qwen3.6" where no known name
 * fits; findMentions also runs it alone (`family`) where a known name was found,
 * since "GPT-5.5" is longer than the known "GPT" and "Qwen2.5-VL" than "Qwen2.5".
 */
export function buildMatcher(aliases: MatchAlias[]): Matcher {
  const byKey = new Map<string, MatchAlias>();
  const exact = new Map<string, MatchAlias>();
  // Spellings per root: names that start a word (Latin, Cyrillic...: whole words only) or not (CJK).
  const [word, other, wordFamily, otherFamily] = [
    new Set<string>(),
    new Set<string>(),
    new Set<string>(),
    new Set<string>(),
  ];
  for (const a of aliases) {
    const all = spellings(a.text);
    if (all.length === 0) continue;
    if (a.caseSensitive) {
      if (!exact.has(exactKey(a.text))) exact.set(exactKey(a.text), a);
    } else if (!byKey.has(matchKey(a.text))) byKey.set(matchKey(a.text), a);
    const isWord = IS_WORD.test(all[0] as string);
    for (const sp of all) {
      (isWord ? word : other).add(sp);
      if (a.familyPattern) (isWord ? wordFamily : otherFamily).add(sp);
    }
  }
  const family0 = part(undefined, wordFamily);
  const regexes = splitByFirst([word, wordFamily, other, otherFamily], REGEX_PARTS).map((g) => {
    const [w, wf, o, of] = g as [Set<string>, Set<string>, Set<string>, Set<string>];
    const word0 = part(w, wf);
    return compile(word0 && WORD_START + word0, part(o, of), 'gu');
  });
  return {
    regexes,
    family: compile(family0 && WORD_START + family0, part(undefined, otherFamily), 'uy'),
    byKey,
    exact,
  };
}

/**
 * How many regexes the trie is split into. Each extra part is another pass over
 * the text (the benchmark measured 4 parts at 2.2× the scan time of one), while
 * one part costs a single ~60 ms native compile per page, done in its own idle
 * slice by warmUpSteps. One part wins for any page longer than a few paragraphs.
 */
const REGEX_PARTS = 1;

/**
 * Splits the spelling sets into `n` groups by first character, balanced by
 * size. Names with different first characters never start at the same index,
 * so the groups' matches merge without ties.
 */
function splitByFirst(sets: Set<string>[], n: number): Set<string>[][] {
  const byFirst = new Map<string, number>();
  for (const set of sets) for (const s of set) byFirst.set(charAt(s, 0), (byFirst.get(charAt(s, 0)) ?? 0) + s.length);
  const bins = Array.from({ length: n }, () => ({ size: 0, firsts: new Set<string>() }));
  for (const [ch, size] of [...byFirst].sort((a, b) => b[1] - a[1])) {
    const bin = bins.reduce((a, b) => (b.size < a.size ? b : a));
    bin.size += size;
    bin.firsts.add(ch);
  }
  return bins
    .filter((b) => b.size > 0)
    .map((b) => sets.map((set) => new Set([...set].filter((s) => b.firsts.has(charAt(s, 0))))));
}

/** Compiles each regex ahead of use, one step per call, so a page can spread the cost over idle slices. */
export function warmUpSteps(m: Matcher): (() => void)[] {
  // The first exec compiles to bytecode; the second tiers up to native code.
  return [...m.regexes, m.family].flatMap((re) => [() => re.exec(' '), () => re.exec(' ')]);
}
