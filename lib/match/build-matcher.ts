import { exactKey, foldCase, matchKey, normalizeText } from './normalize';
import { IS_WORD, NAME_END, SEP, VERSION, WORD_START } from './patterns';
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

interface Node {
  kids: Map<string, Node>;
  /** A separator may come before this node's character. */
  sep: boolean;
  end: boolean;
  family: boolean;
  /** This node's character is a word character (Latin, Cyrillic, digits...), not CJK. */
  word: boolean;
}
const node = (word: boolean): Node => ({ kids: new Map(), sep: false, end: false, family: false, word });

const isSep = (ch: string) => ch === '-' || /\s/.test(ch);
const isDigit = (ch: string) => ch >= '0' && ch <= '9';
const isLower = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();

/**
 * An alias as (folded character, separator-allowed-before) pairs. Besides its
 * own spaces and hyphens, a separator may appear where pages split a name
 * ("GPT4"/"GPT 4", "OpenAI"/"Open AI"), but only after two or more characters,
 * so "o1" never matches "o 1" and "xAI" never "x AI".
 */
function units(alias: string): { ch: string; sep: boolean }[] {
  const out: { ch: string; sep: boolean }[] = [];
  let gap = false;
  let run = 0;
  let prev = '';
  for (const ch of normalizeText(alias)) {
    if (isSep(ch)) {
      gap = out.length > 0;
      run = 0;
      continue;
    }
    const split = run >= 2 && ((!isDigit(prev) && IS_WORD.test(prev) && isDigit(ch)) || (isLower(prev) && isUpper(ch)));
    if (split) run = 0;
    out.push({ ch: foldCase(ch), sep: gap || split });
    gap = false;
    run++;
    prev = ch;
  }
  return out;
}

const escapeRe = (ch: string) => ch.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');

/**
 * Regex for the subtrie under `n`. Order makes the longest name win: a
 * version after a family name first (a known version's text then resolves to
 * the known alias anyway), then longer names, then the name ending here.
 */
function emit(n: Node): string {
  const alts: string[] = [];
  if (n.family) alts.push(VERSION);
  for (const [ch, kid] of n.kids) alts.push((kid.sep ? SEP : '') + escapeRe(ch) + emit(kid));
  if (n.end) alts.push('');
  return alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
}

const classOf = (chars: string[]) => `[${chars.map(escapeInClass).join('')}]`;
const escapeInClass = (ch: string) => ch.replace(/[\\\]^-]/g, '\\$&');

/**
 * The root's many first characters as a binary tree of one-class lookaheads:
 * V8 tries alternatives one by one, so ~6 class checks per text position beat
 * trying up to a hundred first characters in turn.
 */
function emitRoot(kids: [string, Node][]): string {
  if (kids.length <= 4) return `(?:${kids.map(([ch, kid]) => escapeRe(ch) + emit(kid)).join('|')})`;
  const half = kids.length >> 1;
  const left = kids.slice(0, half);
  return `(?:(?=${classOf(left.map(([ch]) => ch))})${emitRoot(left)}|${emitRoot(kids.slice(half))})`;
}

/**
 * One regex for all aliases, shaped as a trie so the engine checks a few
 * first characters per position instead of thousands of alternatives. It runs
 * on lower-cased text (see prepareText) with flags `gu`: no `i`, because
 * case-insensitive Unicode regexes are orders of magnitude slower in V8.
 */
export function buildMatcher(aliases: MatchAlias[]): Matcher {
  const byKey = new Map<string, MatchAlias>();
  const exact = new Map<string, MatchAlias>();
  const wordRoot = node(true);
  const otherRoot = node(false);
  for (const a of aliases) {
    const us = units(a.text);
    if (us.length === 0) continue;
    if (a.caseSensitive) {
      if (!exact.has(exactKey(a.text))) exact.set(exactKey(a.text), a);
    } else if (!byKey.has(matchKey(a.text))) byKey.set(matchKey(a.text), a);
    let n = IS_WORD.test(us[0]?.ch as string) ? wordRoot : otherRoot;
    for (const u of us) {
      let kid = n.kids.get(u.ch);
      if (!kid) {
        kid = node(IS_WORD.test(u.ch));
        n.kids.set(u.ch, kid);
      }
      kid.sep ||= u.sep && n !== wordRoot && n !== otherRoot;
      n = kid;
    }
    n.end = true;
    n.family ||= a.familyPattern === true;
  }
  const parts: string[] = [];
  const sorted = (n: Node) => [...n.kids].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (wordRoot.kids.size) parts.push(WORD_START + emitRoot(sorted(wordRoot)) + NAME_END);
  if (otherRoot.kids.size) parts.push(emitRoot(sorted(otherRoot)) + NAME_END);
  return { regex: new RegExp(parts.length ? parts.join('|') : '(?!)', 'gu'), byKey, exact };
}
