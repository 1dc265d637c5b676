import { exactKey, foldCase, matchKey, normalizeText } from './normalize';
import { IS_WORD, NAME_END, VERSION, WORD_START } from './patterns';
import type { MatchAlias } from './types';

export { countAiTerms, resolvePage } from './ambiguity';
export { findMentions } from './find-mentions';

export interface Matcher {
  /** Every alias in one trie-shaped alternation, run on prepareText(...).folded. */
  regex: RegExp;
  /** matchKey → alias that matches in any case. */
  byKey: Map<string, MatchAlias>;
  /** exactKey → alias that must appear with its own case ("Meta", not "meta"). */
  exact: Map<string, MatchAlias>;
}

/** Trie node; kids in an array, not a Map: most nodes have one kid, and 100k Maps are slow to make. */
interface Node {
  ch: string;
  kids: Node[];
  end: boolean;
}
const node = (ch = ''): Node => ({ ch, kids: [], end: false });

const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
/** Character kind for split points; ASCII without calling toLowerCase (this runs per alias character). */
function kind(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c >= 97 && c <= 122 ? LOWER : c >= 65 && c <= 90 ? UPPER : c >= 48 && c <= 57 ? DIGIT : 0;
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  return lower === upper ? 0 : ch === lower ? LOWER : UPPER;
}

/**
 * The folded spellings of an alias that pages use: with or without a " " (text
 * separators all become " ") at each of its own spaces and hyphens, and where
 * pages split a name ("GPT4"/"GPT 4", "OpenAI"/"Open AI") after two or more
 * characters, so "o1" never matches "o 1" nor "xAI" "x AI". Spelled out rather
 * than written as optional separators: each `?` costs V8 compile time.
 */
export function spellings(alias: string): string[] {
  const words: string[] = [];
  let word = '';
  let prev = 0;
  for (const ch of normalizeText(alias)) {
    const k = kind(ch);
    const split = word.length >= 2 && (k === DIGIT ? prev === LOWER || prev === UPPER : k === UPPER && prev === LOWER);
    if (split || ch === '-' || /\s/.test(ch)) {
      if (word) words.push(word);
      word = '';
    }
    if (ch !== '-' && !/\s/.test(ch)) word += foldCase(ch);
    prev = k;
  }
  if (word) words.push(word);
  if (words.length > 5) return [words.join(' '), words.join('')];
  let out = words.slice(0, 1);
  for (const w of words.slice(1)) out = out.flatMap((sp) => [`${sp} ${w}`, sp + w]);
  return out;
}

function insert(root: Node, spelling: string): void {
  let n = root;
  for (const ch of spelling) {
    let kid: Node | undefined;
    for (const k of n.kids) if (k.ch === ch) kid = k;
    if (!kid) {
      kid = node(ch);
      n.kids.push(kid);
    }
    n = kid;
  }
  n.end = true;
}

const SYNTAX = new Set('\\^$.*+?()[]{}|/');
const escapeRe = (ch: string) => (SYNTAX.has(ch) ? `\\${ch}` : ch);
const escapeInClass = (ch: string) => ch.replace(/[\\\]^-]/g, '\\$&');

/** Regex for the subtrie under `n`: longer names first, so the longest name wins. */
function emit(n: Node): string {
  const alts: string[] = [];
  for (const kid of n.kids) alts.push(escapeRe(kid.ch) + emit(kid));
  if (n.end) alts.push('');
  return alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
}

/** A root, behind one class of its first characters so most positions fail on one test. */
function emitRoot(root: Node): string {
  const firsts = root.kids.map((k) => k.ch).sort();
  return `(?=[${firsts.map(escapeInClass).join('')}])${emit(root)}`;
}

/**
 * One regex for all aliases, shaped as a trie so the engine follows a name
 * character by character instead of trying thousands of alternatives. It runs
 * on lower-cased text (see prepareText) with flags `gu`: no `i`, because
 * case-insensitive Unicode regexes are orders of magnitude slower in V8.
 *
 * Family names ("GPT", "Claude") sit in a second trie followed by one VERSION,
 * tried first at each position: "GPT-5.5" is longer than the known "GPT-5",
 * and a known version ("GPT-4o") fails VERSION's word end and falls through
 * to the main trie. One shared VERSION, not one per family, keeps the regex
 * small: V8's compile time grows with every quantifier in it.
 */
export function buildMatcher(aliases: MatchAlias[]): Matcher {
  const byKey = new Map<string, MatchAlias>();
  const exact = new Map<string, MatchAlias>();
  const [word, other, wordFamily, otherFamily] = [node(), node(), node(), node()];
  for (const a of aliases) {
    const all = spellings(a.text);
    if (all.length === 0) continue;
    if (a.caseSensitive) {
      if (!exact.has(exactKey(a.text))) exact.set(exactKey(a.text), a);
    } else if (!byKey.has(matchKey(a.text))) byKey.set(matchKey(a.text), a);
    const isWord = IS_WORD.test(all[0] as string);
    for (const sp of all) {
      insert(isWord ? word : other, sp);
      if (a.familyPattern) insert(isWord ? wordFamily : otherFamily, sp);
    }
  }
  const part = (main: Node, family: Node) => {
    const alts = [family.kids.length ? emitRoot(family) + VERSION : '', main.kids.length ? emitRoot(main) : ''];
    const body = alts.filter(Boolean).join('|');
    return body ? `(?:${body})${NAME_END}` : '';
  };
  const parts = [part(word, wordFamily), part(other, otherFamily)];
  if (parts[0]) parts[0] = WORD_START + parts[0];
  const source = parts.filter(Boolean).join('|') || '(?!)';
  return { regex: new RegExp(source, 'gu'), byKey, exact };
}
