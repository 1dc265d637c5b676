/**
 * Normalisation shared by the matcher and the dataset checks. Pure: no DOM, no browser API.
 */

/** Characters that may sit inside a name on a page without being part of it. */
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** Unicode dashes and hyphens that pages use in names ("DeepSeek‑V3"). */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const APOSTROPHES = /[\u2018\u2019\u02BC\uFF07]/g;

/** NFKC (full-width → ASCII), one kind of dash and apostrophe, no invisible characters. */
export function normalizeText(s: string): string {
  return s.normalize('NFKC').replace(INVISIBLE, '').replace(DASHES, '-').replace(APOSTROPHES, "'");
}

/**
 * The key under which two aliases count as the same name: case, spaces and
 * hyphens do not matter ("DeepSeek-V3" = "deepseek v3" = "DeepSeekV3").
 */
export function aliasKey(alias: string): string {
  return normalizeText(alias).toLowerCase().replace(/[\s\-_.]+/g, '');
}
