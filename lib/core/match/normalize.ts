/**
 * Normalisation shared by the matcher and the dataset checks. Pure: no DOM, no browser API.
 */

/** Characters that may sit inside a name on a page without being part of it. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Unicode dashes and hyphens that pages use in names ("DeepSeek‑V3"). */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const APOSTROPHES = /[\u2018\u2019\u02BC\uFF07]/g;
/** Separators that may appear, vary or be left out between the parts of a name. */
export const SEPARATORS = /[\s-]+/g;

/** Printable ASCII is already normal: skips NFKC for almost every alias. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** NFKC (full-width → ASCII), one kind of dash and apostrophe, no invisible characters. */
export function normalizeText(s: string): string {
  if (PLAIN_ASCII.test(s)) return s;
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
  // Final sigma depends on context, so a name folds alike on its own and in a sentence.
  if (lower.length === s.length) return lower.includes('ς') ? lower.replaceAll('ς', 'σ') : lower;
  let out = '';
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out.replaceAll('ς', 'σ');
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
 * Full-width ASCII (U+FF01–FF5E), dashes, spaces and curly apostrophes are
 * all single UTF-16 units that map to single ASCII units: replacing them keeps
 * every index where it was (general NFKC would not: "㈱" → "(株)"). Every
 * dash and space becomes " ", so the matcher only has to know one separator.
 */
const ONE_FOR_ONE =
  /[\uFF01-\uFF5E\u2010-\u2015\u2212\uFE58\uFE63\u2018\u2019\u02BC\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000-]/g;
function oneForOne(ch: string): string {
  let c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  if (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x27) return "'";
  if (c > 0x20 && c < 0x7f && c !== 0x2d) return String.fromCharCode(c);
  return ' ';
}
/** Cut out: invisible characters, and all but the first of a run of separators ("Google\n    DeepMind"). */
const CUT = /[\u00AD\u200B-\u200D\u2060\uFEFF]+|(?<=[\s\-\u2010-\u2015\u2212\uFF0D])[\s\-\u2010-\u2015\u2212\uFF0D]+/g;

/** Whether CUT has anything to do; without a lookbehind, which V8 would try at every position. */
const HAS_CUT = /[\u00AD\u200B-\u200D\u2060\uFEFF]|[\s\-\u2010-\u2015\u2212\uFF0D]{2}/;

/** A text block ready for the matcher; see prepareText. */
export interface PreparedText {
  /** Width, apostrophes and separators canonical, invisible characters cut out, case kept. */
  cased: string;
  /** `cased`, lower-cased unit for unit. */
  folded: string;
  /** Original index of each unit of `cased` (plus one past the end), or null when nothing was cut. */
  origin: Int32Array | null;
}

/**
 * Prepares a block so one regex without the `i` flag finds every spelling,
 * while every index still maps back to the original: what is cut out is
 * recorded in an index map, everything else changes unit for unit.
 */
export function prepareText(text: string): PreparedText {
  let kept = text;
  let origin: Int32Array | null = null;
  if (HAS_CUT.test(text)) {
    origin = new Int32Array(text.length + 1);
    const pieces: string[] = [];
    let from = 0;
    let n = 0;
    const keep = (to: number) => {
      for (let i = from; i < to; i++) origin![n++] = i;
      pieces.push(text.slice(from, to));
    };
    for (const r of text.matchAll(CUT)) {
      keep(r.index);
      from = r.index + r[0].length;
    }
    keep(text.length);
    origin[n] = text.length;
    kept = pieces.join('');
  }
  const cased = kept.replace(ONE_FOR_ONE, oneForOne);
  return { cased, folded: foldCase(cased), origin };
}

/** Original index of a prepared-text index. */
export function originalIndex(p: PreparedText, i: number): number {
  return p.origin ? (p.origin[i] as number) : i;
}
