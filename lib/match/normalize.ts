/**
 * Normalisation shared by the matcher and the dataset checks. Pure: no DOM, no browser API.
 */

/** Characters that may sit inside a name on a page without being part of it. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const HAS_INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/;
/** Unicode dashes and hyphens that pages use in names ("DeepSeek‑V3"). */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const APOSTROPHES = /[\u2018\u2019\u02BC\uFF07]/g;
/** Separators that may appear, vary or be left out between the parts of a name. */
export const SEPARATORS = /[\s-]+/g;

/** NFKC (full-width → ASCII), one kind of dash and apostrophe, no invisible characters. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-').replace(APOSTROPHES, "'");
}

/**
 * The key under which two aliases count as the same name: case, spaces and
 * hyphens do not matter ("DeepSeek-V3" = "deepseek v3" = "DeepSeekV3").
 */
export function aliasKey(alias: string): string {
  return normalizeText(alias)
    .toLowerCase()
    .replace(/[\s\-_.]+/g, '');
}

/**
 * Lower-cases without changing length, so an index in the result is an index in
 * the input. toLowerCase() can grow a string ("İ" → "i̇"); when it does, fall
 * back to per-character folding that leaves such characters as they are.
 */
export function foldCase(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Key the matcher looks a found name up by: like aliasKey but dots count ("Llama 3.1" ≠ "Llama 31"). */
export function matchKey(s: string): string {
  return foldCase(normalizeText(s)).replace(SEPARATORS, '');
}

/** Same as matchKey but keeping case, for aliases that must match exactly ("Meta", not "meta"). */
export function exactKey(s: string): string {
  return normalizeText(s).replace(SEPARATORS, '');
}

/**
 * Full-width ASCII (U+FF01–FF5E), Unicode dashes and curly apostrophes are all
 * single UTF-16 units that map to single ASCII units: replacing them keeps every
 * index where it was. (General NFKC would not: "㈱" → "(株)".)
 */
const ONE_FOR_ONE = /[\uFF01-\uFF5E\u2010-\u2015\u2212\uFE58\uFE63\u2018\u2019\u02BC]/g;
function oneForOne(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  return c === 0x2018 || c === 0x2019 || c === 0x02bc ? "'" : '-';
}

/** A text block ready for the matcher; see prepareText. */
export interface PreparedText {
  /** Width, dashes and apostrophes canonical, invisible characters removed, case kept. */
  cased: string;
  /** `cased`, lower-cased unit for unit. */
  folded: string;
  /** Original index of each unit of `cased` (plus one past the end), or null when none was removed. */
  origin: Int32Array | null;
}

/**
 * Prepares a block so one case-less regex finds every spelling, while every
 * index still maps back to the original: soft hyphens and zero-width spaces
 * are cut out (with an index map), everything else changes unit for unit.
 */
export function prepareText(text: string): PreparedText {
  let stripped = text;
  let origin: Int32Array | null = null;
  if (HAS_INVISIBLE.test(text)) {
    origin = new Int32Array(text.length + 1);
    let out = '';
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      if (HAS_INVISIBLE.test(text[i] as string)) continue;
      origin[n++] = i;
      out += text[i];
    }
    origin[n] = text.length;
    stripped = out;
  }
  const cased = stripped.replace(ONE_FOR_ONE, oneForOne);
  return { cased, folded: foldCase(cased), origin };
}

/** Original index of a prepared-text index. */
export function originalIndex(p: PreparedText, i: number): number {
  return p.origin ? (p.origin[i] as number) : i;
}
