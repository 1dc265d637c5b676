import { foldCase, normalizeText } from './normalize';
import { isCjk } from './patterns';

const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;
const HAN = 4;
/** Character kind for split points; ASCII without calling toLowerCase (this runs per alias character). */
function kind(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 97 && c <= 122 ? LOWER : c >= 65 && c <= 90 ? UPPER : c >= 48 && c <= 57 ? DIGIT : 0;
  const ch = text[i] as string;
  if (isCjk(ch)) return HAN;
  const lower = ch.toLowerCase();
  return lower === ch.toUpperCase() ? 0 : ch === lower ? LOWER : UPPER;
}

/**
 * Where pages may add a space inside a name: letters then digits ("GPT4"/"GPT 4")
 * or camel case ("OpenAI"/"Open AI") after two or more characters, so "o1" never
 * matches "o 1" nor "xAI" "x AI"; and wherever CJK meets Latin or digits, as
 * Chinese typesetting often spaces them ("昇腾910B"/"昇腾 910B").
 */
function splits(prev: number, k: number, run: number): boolean {
  if (prev === 0 || k === 0) return false;
  if ((prev === HAN) !== (k === HAN)) return true;
  return run >= 2 && (k === DIGIT ? prev === LOWER || prev === UPPER : k === UPPER && prev === LOWER);
}

const isSeparator = (c: number) =>
  c === 32 || c === 45 || (c >= 9 && c <= 13) || (c > 0x7f && /\s/.test(String.fromCharCode(c)));

/**
 * The folded spellings of an alias that pages use: with or without a " " (text
 * separators all become " ") at each of its own spaces and hyphens, and at its
 * split points. Spelled out rather than written as optional separators in the
 * regex: each `?` costs V8 compile time.
 */
export function spellings(alias: string): string[] {
  const text = normalizeText(alias);
  const folded = foldCase(text); // same length: folded[i] is text[i] folded
  const words: string[] = [];
  /** For each word after the first: the alias itself has a separator before it. */
  const spaced: boolean[] = [];
  let from = 0;
  let gap = false;
  let prev = 0;
  const close = (to: number) => {
    if (to > from) {
      if (words.length) spaced.push(gap);
      words.push(folded.slice(from, to));
      gap = false;
    }
    from = to;
  };
  for (let i = 0; i < text.length; i++) {
    if (isSeparator(text.charCodeAt(i))) {
      close(i);
      from = i + 1;
      gap = words.length > 0;
      prev = 0;
      continue;
    }
    const k = kind(text, i);
    if (splits(prev, k, i - from)) close(i);
    prev = k;
  }
  close(text.length);
  // Long names ("Qwen3-Coder-480B-A35B-Instruct"): as written, all spaced, none; not 2^n.
  if (words.length > 5) {
    const written = words.map((w, i) => (i && spaced[i - 1] ? ` ${w}` : w)).join('');
    return [...new Set([written, words.join(' '), words.join('')])];
  }
  let out = words.slice(0, 1);
  for (const w of words.slice(1)) out = out.flatMap((sp) => [`${sp} ${w}`, sp + w]);
  return out;
}
