/**
 * Short forms derived for whole classes of entities, written alone once the
 * page has named the entity: a model's name from its version on ("1.5 Flash"
 * after "Gemini 1.5 Flash", "3.5 Sonnet", "4o"), a product's name without its
 * maker or brand ("Copilot" after "GitHub Copilot"). Both are context-only and
 * case-sensitive; stop words (common-words.ts) never become one.
 */

import { STOP_WORDS } from './common-words';

/** A version number that leads the rest of a model's name: "1.5" in "1.5 Flash", "4" in "4o". */
const LEADING_VERSION = /^\d{1,2}(?:\.\d{1,2})?/;
/**
 * What must follow that version: a letter that is not a size ("4o", not "20b") or capitalised words after a
 * space ("3.5 Sonnet", "3.1 405B"). Not a hyphen: "5-1", "3-5-haiku-20241022" are parts of API tags.
 */
const AFTER_VERSION = /^(?:[ac-jln-z](?:$| )|(?: (?=[\w.-]*[A-Za-z])[A-Z0-9][\w.-]*)+$)/;

/**
 * A model's name from its version on, when a family name without digits leads it: "1.5 Flash" in
 * "Gemini 1.5 Flash", "4o" in "GPT-4o", "3.5 Sonnet" in "Claude 3.5 Sonnet". A bare version ("2" of
 * "Mistral Large 2") is no name, nor a name whose family part has digits ("Qwen2.5-72B").
 */
export function versionForm(full: string): string | undefined {
  const at = full.search(/[ -]\d/);
  if (at < 2) return undefined;
  const [head, tail] = [full.slice(0, at), full.slice(at + 1)];
  if (/\d/.test(head)) return undefined;
  const version = LEADING_VERSION.exec(tail)?.[0];
  if (!version || !AFTER_VERSION.test(tail.slice(version.length))) return undefined;
  return tail;
}

/** A word a product is known by alone: capitalised, four letters or more, not a stop word ("Copilot", "NeMo"). */
const PRODUCT_WORD = /^\p{Lu}[\p{L}]{3,}$/u;

/**
 * A product's last word, when a brand or maker leads its name: "Copilot" in "GitHub Copilot" and
 * "Microsoft Copilot", "Bedrock" in "Amazon Bedrock". Not "Code" in "Claude Code" (a stop word),
 * nor "Copilot" in "Microsoft 365 Copilot" (a version or number comes between).
 */
export function productForm(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length !== 2) return undefined;
  const [brand, word] = words as [string, string];
  if (!/^\p{Lu}/u.test(brand) || !PRODUCT_WORD.test(word) || STOP_WORDS.has(word.toLowerCase())) return undefined;
  return word;
}
