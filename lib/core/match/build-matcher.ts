import { FLAG, type FlatTrie, flattenTrie, openTrie, type Trie } from './flat-trie';
import { exactKey, matchKey } from './normalize';
import { isWordChar, NOT_AFTER_WORD, VERSION, VERSION_END } from './patterns';
import { spellings } from './spellings';
import { addKeyed, emitTrie, type Keyed } from './trie';
import type { MatchAlias } from './types';

/**
 * A matcher as plain data, built once by the background when the dataset is
 * stored and restored by every page (a build costs ~150 ms of cold JavaScript
 * in a fresh page). Aliases are referred to by index into the list it was built from.
 */
export interface CompiledMatcher {
  /** Every name's spellings as one trie, walked from each place a name may start (see flat-trie.ts). */
  trie: FlatTrie;
  /** Flags `y`: family names + VERSION only: is there a longer "GPT-5.5" where "GPT" was found? */
  family: string;
  /** matchKey → alias that matches in any case. */
  byKey: [string, number][];
  /** exactKey → alias that must appear with its own case ("Meta", not "meta"). */
  exact: [string, number][];
}

export interface Matcher {
  trie: Trie;
  /** Flags `g`: places where a name may start (a first character of the trie's, Latin ones at a word start). */
  starts: RegExp;
  family: RegExp;
  byKey: Map<string, MatchAlias>;
  exact: Map<string, MatchAlias>;
  /** Entities that are model families: a longer name after one of their models is theirs ("GPT-4-0314"). */
  families: ReadonlySet<string>;
  /** Whether `folded` (one space per separator) is one of the alias's spellings. */
  spelled(alias: MatchAlias, folded: string): boolean;
}

/**
 * Builds the trie and the family regex. Both run on lower-cased text
 * (prepareText), so nothing needs a case-insensitive regex (orders of magnitude
 * slower in V8 with Unicode). A flat alternation of the bundled aliases took
 * ~47 s on 20k characters in Node 20; then a trie-shaped regex took ~55 ms to
 * compile on every page; the trie walked in JavaScript compiles nothing.
 */
export function compileMatcher(aliases: MatchAlias[]): CompiledMatcher {
  const byKey = new Map<string, number>();
  const exact = new Map<string, number>();
  const [all, family]: [Keyed, Keyed] = [new Map(), new Map()];
  aliases.forEach((a, i) => {
    const spelled = spellings(a.text);
    if (!spelled.length) return;
    const [keys, key] = a.caseSensitive ? [exact, exactKey(a.text)] : [byKey, matchKey(a.text)];
    if (!keys.has(key)) keys.set(key, i);
    for (const sp of spelled) {
      addKeyed(all, sp);
      if (a.familyPattern) addKeyed(family, sp);
    }
  });
  // Latin, Cyrillic...: whole words only; CJK names match inside running text.
  const trie = flattenTrie(all, isWordChar);
  // No `u` flag and no `\p{...}`: V8 compiles such regexes about 4x slower. Word ends are checked by findMentions.
  const fam = family.size ? `${emitTrie(family)}${VERSION}${VERSION_END}` : '(?!)';
  return { trie, family: fam, byKey: [...byKey], exact: [...exact] };
}

/** The matcher a page uses, from its source and the alias list it was built from. */
export function restoreMatcher(src: CompiledMatcher, aliases: MatchAlias[]): Matcher {
  const map = (entries: [string, number][]) => {
    const out = new Map<string, MatchAlias>();
    for (let j = 0; j < entries.length; j++) {
      const [k, i] = entries[j]!;
      if (aliases[i]) out.set(k, aliases[i]);
    }
    return out;
  };
  const spelledAs = new Map<MatchAlias, Set<string>>();
  const trie = openTrie(src.trie);
  return {
    trie,
    starts: startsRegex(trie),
    family: new RegExp(src.family, 'y'),
    byKey: map(src.byKey),
    exact: map(src.exact),
    families: new Set(aliases.filter((a) => a.familyPattern).map((a) => a.entityId)),
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

/**
 * A tiny regex that jumps to where a name may start, so the JavaScript loop
 * runs once per candidate instead of once per character. Non-ASCII characters
 * are all candidates here; the trie's root and the word checks decide.
 */
function startsRegex(trie: Trie): RegExp {
  const esc = (u: number) => `\\x${u.toString(16).padStart(2, '0')}`;
  const word: string[] = [];
  const other: string[] = [];
  for (const [u, node] of trie.root) if (u < 0x80) (trie.flag[node]! & FLAG.word ? word : other).push(esc(u));
  const alts = [
    word.length && `${NOT_AFTER_WORD}[${word.join('')}]`,
    other.length && `[${other.join('')}]`,
    '[^\\x00-\\x7f]',
  ].filter(Boolean);
  return new RegExp(alts.join('|'), 'g');
}

export const buildMatcher = (aliases: MatchAlias[]): Matcher => restoreMatcher(compileMatcher(aliases), aliases);
