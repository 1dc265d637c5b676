/**
 * Regex fragments and word-boundary checks shared by the matcher, the version
 * parser and the page-level rules. Regexes run on lower-cased text.
 */

/** CJK runs have no spaces: names there match inside running text. */
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';

/*
 * Word boundaries. `\b` knows only ASCII, and every regex with `\p{...}` classes
 * costs V8 a few ms to parse and compile, on every page and frame. So regexes
 * only test ASCII neighbours (NOT_AFTER_WORD, NOT_BEFORE_WORD) and code checks
 * a non-ASCII neighbour with the functions below, whose `\p` regexes are built
 * once, when a page first has one.
 */
export const NOT_AFTER_WORD = '(?<![a-zA-Z0-9_])';
/** Also not before ".5": "GPT-4" must not match the start of "GPT-4.5". */
export const NOT_BEFORE_WORD = '(?![a-zA-Z0-9_]|\\.\\d)';

let unicode: { word: RegExp; cjk: RegExp; digit: RegExp } | undefined;
const classes = () => {
  unicode ??= { word: /^[\p{L}\p{Nd}\p{M}]$/u, cjk: new RegExp(`^[${CJK}]$`, 'u'), digit: /^\p{Nd}$/u };
  return unicode;
};

/** The character (code point) at unit i, and the one that ends at unit i. */
export const charAt = (s: string, i: number) => s.slice(i, (s.codePointAt(i) as number) > 0xffff ? i + 2 : i + 1);
const charBefore = (s: string, i: number) => {
  const c = s.charCodeAt(i - 1);
  return s.slice(c >= 0xdc00 && c <= 0xdfff && i > 1 ? i - 2 : i - 1, i);
};

/** A letter, digit or mark that continues a word. CJK never does. */
const asciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return asciiWord(c);
  if (Number.isNaN(c)) return false;
  // News text is full of these (no-break spaces, curly quotes, dashes): answered without
  // building the Unicode classes, a few ms of regex compiling on a page's first read.
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  if (c >= 0x2000 && c <= 0x206f) return false;
  const u = classes();
  return u.word.test(ch) && !u.cjk.test(ch);
}

export const isCjk = (ch: string) => ch.charCodeAt(0) >= 0x80 && classes().cjk.test(ch);
const isDigit = (ch: string) => {
  const c = ch.charCodeAt(0);
  return c < 0x80 ? c >= 48 && c <= 57 : classes().digit.test(ch);
};

/** No word character right before unit i (ASCII answered without cutting the string: it runs per candidate). */
export function wordStartAt(s: string, i: number): boolean {
  if (i === 0) return true;
  const c = s.charCodeAt(i - 1);
  return c < 0x80 ? !asciiWord(c) : !isWordChar(charBefore(s, i));
}

/** A word may end at unit j: no word character after it, and no ".5" of a longer version. */
export function wordEndAt(s: string, j: number): boolean {
  if (j >= s.length) return true;
  const ch = charAt(s, j);
  if (isWordChar(ch)) return false;
  return !(ch === '.' && j + 1 < s.length && isDigit(charAt(s, j + 1)));
}

/**
 * Where a name found up to unit e ends: e after a name that ends in CJK or a
 * symbol ("深度求索发布", "C++") or at a word end; e + 1 for a plural "s" after a
 * number ("10,000 H100s"); -1 when it runs on into a word.
 */
export function nameEndAt(s: string, e: number): number {
  if (e > 0 && !isWordChar(charBefore(s, e))) return e;
  if (s[e] === 's' && e > 0 && isDigit(charBefore(s, e)) && wordEndAt(s, e + 1)) return e + 1;
  return wordEndAt(s, e) ? e : -1;
}

/** Pages write "DeepSeek-V3", "DeepSeek V3" and "DeepSeekV3"; prepareText turns every separator run into one " ". */
const SEP = ' ?';
/** Model tiers, written before ("Claude Opus 4.7") or after ("GPT-5.5 Pro") the number. */
const TIER =
  '(?:opus|sonnet|haiku|pro|flash(?: ?lite)?|lite|mini|nano|max|turbo|plus|ultra|instruct|coder|scout|maverick|thinking|preview)';
/** A parameter count: "70B", "1.5B". */
const SIZE = '\\d{1,4}(?:\\.\\d)?b';
/** Units and measure words that make a number a quantity: "豆包1个月" is not version 1. */
const QUANTITY = '[%个亿万千百年月日号天次款名位家倍元]';
/** What may follow a family name to make a version: small numbers only, so "GPT 2024" is not one; a letter may lead ("V4", "K2.6"), not a quarter or half ("Q3", "H1"). */
export const VERSION = `${SEP}(?:${TIER}${SEP})?[a-gi-pr-z]?\\d{1,2}(?:\\.\\d{1,2}){0,2}(?!${QUANTITY})(?:${SEP}(?:${SIZE}|${TIER})){0,2}`;
/** A rest that only gives a size: "Llama 3 70B" is still the known "Llama 3". */
export const IS_SIZE = new RegExp(`^(?:${SEP}${SIZE})+$`);
/** Checks that the rest of a match after a family name is a version and nothing else. */
export const IS_VERSION = new RegExp(`^${VERSION}$`);
/** After a family + version, in the regex: the rest of a name end is checked by nameEndAt. */
export const VERSION_END = `(?:(?<=\\d)s)?${NOT_BEFORE_WORD}`;
