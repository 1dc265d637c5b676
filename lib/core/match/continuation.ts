import type { Matcher } from './build-matcher';
import { FLAG, longestAt } from './flat-trie';
import { originalIndex, type PreparedText } from './normalize';
import { nameEndAt, wordEndAt } from './patterns';
import type { MatchAlias } from './types';

/**
 * A known name that runs on into more of a model-like token is a longer name
 * the dataset may not list: "GPT-4" in "GPT-4-0314" (a dated snapshot),
 * "DeepSeek-R1" in "DeepSeek-R1-Zero", "Mistral" in "Mistral-small",
 * "DeepSeek" in "DeepSeek V4". Such a mention must never be reported as the
 * shorter entity; findMentions reports it for the alias's `line` instead.
 */

/** Words that make a model's name longer: tiers, variants, API suffixes. Lower case. */
export const TIERS = new Set(
  (
    'mini pro flash lite sonnet opus haiku zero small medium large tiny turbo nano max plus ultra instruct chat ' +
    'preview base coder code vision reasoner distill exp experimental latest omni air edge thinking audio realtime ' +
    'math vl micro premier express next'
  ).split(' '),
);

/** English words joined to a name by a hyphen that leave the name as it is ("GPT-4-powered", "OpenAI-backed"). */
const COMPOUND =
  /^(?:like|style|class|level|type|era|series|family|scale|grade|quality|esque|ish|only|first)$|(?:ed|ing|er)$/;

/** A version written after a space: "V4", "K2.6", "R2", not a quarter or half year ("Q3", "H1"). */
const SPACED_VERSION = /^(?:[a-gi-pr-z]\d{1,2}(?:\.\d{1,2}){0,2}|\d{1,2}x\d{1,3}b)$/;
/** Tools and apps named after a model line ("Qwen-Agent"): neither the model nor a version of it. */
const PRODUCTS = new Set(['agent', 'agents', 'app', 'api', 'sdk', 'cli', 'framework', 'assistant', 'bot', 'studio']);
const TOKEN = /[a-z0-9]+(?:\.\d+)*/y;
const HYPHENS = /[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const DIGIT = /\d/;

/** Whether a known name starts at folded[i]: then the text names two things ("Nvidia H100"). */
function knownAt(m: Matcher, f: string, i: number): boolean {
  const first = m.trie.root.get(f.charCodeAt(i));
  if (first === undefined || !(m.trie.flag[first]! & FLAG.word)) return false;
  const e = longestAt(m.trie, f, i, first);
  return e > i && nameEndAt(f, e) > i;
}

/**
 * Whether `word` (lower case; `cased` as written) continues `alias` into a longer name.
 * `hyphen`: joined by a hyphen rather than a space. A lab takes only digits and tiers.
 */
function continues(word: string, cased: string, hyphen: boolean, lab: boolean): boolean {
  if (hyphen && DIGIT.test(word)) return true;
  if (!hyphen && SPACED_VERSION.test(word)) return true;
  // After a space a tier is a name only when capitalised ("Claude Sonnet", not "Mistral small models").
  if (TIERS.has(word)) return hyphen || cased[0] !== word[0];
  if (!hyphen || lab || COMPOUND.test(word)) return false;
  // Any other capitalised suffix of a model ("DeepSeek-R1-Distill-Qwen"); lower-case ones are English compounds.
  return cased[0] !== word[0];
}

/** continuationEnd's answer for a tool named after the line ("Qwen-Agent"): no mention at all. */
export const TOOL = -2;

/**
 * The end (folded-text index) of the longer name that starts with the known
 * name folded[s, e), -1 when the name ends at e, or TOOL. Reads at most four more
 * tokens; each step is constant work, so a page's cost stays linear.
 */
export function continuationEnd(m: Matcher, p: PreparedText, text: string, alias: MatchAlias, e: number): number {
  const f = p.folded;
  const lab = alias.line === alias.entityId && !alias.familyPattern;
  // An ambiguous lab ("Meta Q3", "Samsung S24", "Apple-2") takes only a hyphen and a tier ("Mistral-small").
  const strict = lab && alias.ambiguous === true;
  let end = -1;
  let at = e;
  for (let n = 0; n < 4 && f.charCodeAt(at) === 32; n++) {
    TOKEN.lastIndex = at + 1;
    const t = TOKEN.exec(f);
    if (!t || !wordEndAt(f, TOKEN.lastIndex)) break;
    const hyphen = HYPHENS.test(text[originalIndex(p, at)] ?? '');
    const cased = p.cased.slice(at + 1, TOKEN.lastIndex);
    if (hyphen && PRODUCTS.has(t[0])) return TOOL;
    if (strict ? !(hyphen && TIERS.has(t[0])) : !continues(t[0], cased, hyphen, lab)) break;
    if (n === 0 && lab && knownAt(m, f, at + 1)) break;
    end = at = TOKEN.lastIndex;
  }
  return end;
}
