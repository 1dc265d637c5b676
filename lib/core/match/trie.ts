import { charAt } from './patterns';

/**
 * Name lists → regex source shaped as a trie, so the engine follows a name
 * character by character instead of trying thousands of alternatives.
 */

const SYNTAX = new Set('\\^$.*+?()[]{}|/');
const escapeRe = (ch: string) => (SYNTAX.has(ch) ? `\\${ch}` : ch);
const escapeInClass = (ch: string) => ch.replace(/[\\\]^-]/g, '\\$&');

/** Names without their spaces → the unit offsets where a page may put one. */
export type Keyed = Map<string, Set<number>>;

/**
 * Folds a name's spellings ("gpt 4o mini", "gpt4o mini", ...) into one key
 * ("gpt4omini") with optional spaces: the regex stays the size of the names,
 * not of their 2^n spellings (size is what makes V8 slow to compile and scan).
 */
export function addKeyed(into: Keyed, spelling: string): string {
  let key = '';
  const gaps: number[] = [];
  for (const ch of spelling) {
    if (ch === ' ') gaps.push(key.length);
    else key += ch;
  }
  const set = into.get(key) ?? new Set<number>();
  into.set(key, set);
  for (const g of gaps) set.add(g);
  return key;
}

/**
 * Regex for keys[lo, hi): sorted, distinct keys that share their first `d`
 * units. Equal next characters sit next to each other in a sorted list, so no
 * trie objects are built. Longer names come before one that ends here, so the
 * longest wins. " ?" goes before a character where any key of the branch may
 * have a space; findMentions checks the spelling of what was found.
 */
function emit(keys: string[], gaps: Keyed, lo: number, hi: number, d: number): string {
  const alts: string[] = [];
  const ends = (keys[lo] as string).length === d;
  for (let i = ends ? lo + 1 : lo; i < hi; ) {
    const ch = charAt(keys[i] as string, d);
    let gap = false;
    let j = i;
    for (; j < hi && (keys[j] as string).startsWith(ch, d); j++) if (gaps.get(keys[j] as string)?.has(d)) gap = true;
    alts.push((gap ? ' ?' : '') + escapeRe(ch) + emit(keys, gaps, i, j, d + ch.length));
    i = j;
  }
  if (ends) alts.push('');
  return alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
}

/** A trie of `keyed`, behind one class of its first characters so most positions fail on one test. */
export function emitTrie(keyed: Keyed): string {
  if (!keyed.size) return '';
  const keys = [...keyed.keys()].sort();
  const firsts = [...new Set(keys.map((s) => charAt(s, 0)))];
  const trie = emit(keys, keyed, 0, keys.length, 0);
  // Without the `u` flag a class holds UTF-16 units: only single-unit first characters make one.
  return firsts.every((c) => c.length === 1) ? `(?=[${firsts.map(escapeInClass).join('')}])${trie}` : trie;
}
