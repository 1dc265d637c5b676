/**
 * Regex fragments shared by the matcher, the version parser and the
 * non-AI-phrase check. All run with flags `gu` on lower-cased text.
 */

/** CJK runs have no spaces: names there match inside running text. */
export const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}';
/**
 * A letter, digit or mark that continues a word; `\b` would only know ASCII.
 * CJK never does. ASCII is tested first: `\p{...}` classes are slow to test
 * and this runs at almost every position of the text.
 */
export const WORD_CHAR = `(?:[a-zA-Z0-9_]|(?![\\x00-\\x7f${CJK}])[\\p{L}\\p{Nd}\\p{M}])`;
export const IS_WORD = new RegExp(`^${WORD_CHAR}`, 'u');
export const WORD_START = `(?<!${WORD_CHAR})`;
/** Word end; "GPT-4" must not match the start of "GPT-4.5" either. */
export const WORD_END = `(?!${WORD_CHAR}|\\.\\p{Nd})`;
/**
 * After a name: a word end, unless the name ends in CJK or a symbol ("深度求索发布",
 * "C++"). A plural "s" after a number is let through ("10,000 H100s").
 */
export const NAME_END = `(?:(?<!${WORD_CHAR})|(?:(?<=\\p{Nd})s)?${WORD_END})`;
/** Pages write "DeepSeek-V3", "DeepSeek V3" and "DeepSeekV3"; prepareText turns every separator run into one " ". */
export const SEP = ' ?';
/** Model tiers, written before ("Claude Opus 4.7") or after ("GPT-5.5 Pro") the number. */
const TIER =
  '(?:opus|sonnet|haiku|pro|flash(?: ?lite)?|lite|mini|nano|max|turbo|plus|ultra|instruct|coder|scout|maverick|thinking|preview)';
/** A parameter count: "70B", "1.5B". */
const SIZE = '\\d{1,4}(?:\\.\\d)?b';
/** Units and measure words that make a number a quantity: "豆包1个月" is not version 1. */
const QUANTITY = '[%个亿万千百年月日号天次款名位家倍元]';
/** What may follow a family name to make a version: small numbers only, so "GPT 2024" is not one. */
export const VERSION = `${SEP}(?:${TIER}${SEP})?v?\\d{1,2}(?:\\.\\d{1,2}){0,2}(?!${QUANTITY})(?:${SEP}(?:${SIZE}|${TIER})){0,2}`;
/** A rest that only gives a size: "Llama 3 70B" is still the known "Llama 3". */
export const IS_SIZE = new RegExp(`^(?:${SEP}${SIZE})+$`, 'u');
/** Checks that the rest of a match after a family name is a version and nothing else. */
export const IS_VERSION = new RegExp(`^${VERSION}$`, 'u');
