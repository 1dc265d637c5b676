import { whole } from './non-ai-phrases';
import { foldCase } from './normalize';
import { NOT_AFTER_WORD, NOT_BEFORE_WORD } from './patterns';
import type { Mention } from './types';

/** AI vocabulary, lower case. Latin terms match whole words; CJK ones anywhere. */
const AI_TERMS = [
  'artificial intelligence',
  'machine learning',
  'deep learning',
  'neural',
  'large language models?',
  'language models?',
  'models?',
  'chatbots?',
  'llms?',
  'generative',
  'gpus?',
  'training data',
  'inference',
];
const AI_CJK = ['人工智能', '人工知能', '大模型', '大语言模型', '机器学习', '機械学習', '生成式', '인공지능'];
const latinTerms = AI_TERMS.map((t) => t.replaceAll(' ', '[\\s-]+')).join('|');
const AI_WORDS = new RegExp(`${NOT_AFTER_WORD}(?:${latinTerms})${NOT_BEFORE_WORD}|${AI_CJK.join('|')}`, 'g');
/** "AI" is a term only in capitals: "ai" is a word in other languages. */
const AI_CAPS = new RegExp(`${NOT_AFTER_WORD}A\\.?I\\.?${NOT_BEFORE_WORD}`, 'g');

/**
 * AI vocabulary in a text: occurrences of each term, at most two per term, so
 * one word repeated ("model", a fashion page) cannot make a page about AI on its own.
 */
export function aiTermCounts(text: string): Map<string, number> {
  const seen = new Map<string, number>();
  const add = (t: string) => seen.set(t, Math.min(2, (seen.get(t) ?? 0) + 1));
  const folded = foldCase(text);
  // CJK terms count anywhere; Latin ones as whole words.
  for (const r of folded.matchAll(AI_WORDS))
    if (r[0].charCodeAt(0) >= 0x80 || whole(folded, r)) add(r[0].replace(/[\s-]+/g, ' ').replace(/s$/, ''));
  for (const r of text.matchAll(AI_CAPS)) if (whole(text, r)) add('ai');
  return seen;
}

/** How much AI vocabulary a page has: the sum of aiTermCounts. */
export function countAiTerms(text: string): number {
  let score = 0;
  for (const n of aiTermCounts(text).values()) score += n;
  return score;
}

/** countAiTerms score from which a page counts as about AI: at least two different terms. */
export const AI_PAGE_SCORE = 3;

/** Terms common outside AI ("business model", a gaming GPU, statistical inference): never enough on their own. */
const WEAK_TERMS = new Set(['model', 'gpu', 'inference', 'neural']);

/** Whether a page's term counts (aiTermCounts, summed over its prose) make it about AI: enough, and not only weak terms. */
export function aboutAiByTerms(terms: ReadonlyMap<string, number>): boolean {
  let score = 0;
  let strong = false;
  for (const [t, n] of terms) {
    score += n;
    strong ||= !WEAK_TERMS.has(t);
  }
  return strong && score >= AI_PAGE_SCORE;
}

const SENTENCE_END = /[^.][.!?]["'”’)\]]*(?:\s|$)|[。！？]/;
const WORD = /\S+/g;

/**
 * Whether a block reads as prose: a sentence of at least six words, or CJK text with a sentence stop.
 * Menus, headlines, tag clouds and related-article links are none: AI words there (a site's
 * "Artificial Intelligence" section) do not make the page about AI.
 */
export function isProse(text: string): boolean {
  if (!SENTENCE_END.test(text)) return false;
  if (/[。！？]/.test(text)) return true;
  WORD.lastIndex = 0;
  let words = 0;
  while (WORD.exec(text) && ++words < 6);
  return words >= 6;
}

/* The rules one mention at a time, applied page by page in page-rules.ts. */

/** An unambiguous name in full: on its own it makes the page about AI. */
export const settlesAi = (m: Mention) => !m.ambiguous && !m.contextOnly;
/** Counts at all: ambiguous names only on pages about AI. */
const countsOn = (m: Mention, aboutAi: boolean) => !m.ambiguous || aboutAi;
/** Names its entity in full, so that entity's context-only forms count. */
export const namesInFull = (m: Mention, aboutAi: boolean) => countsOn(m, aboutAi) && !m.contextOnly;

/**
 * The mention as kept on the page, given the entities the page names in full (`named`) and the
 * lines (families, developers, makers) it names (`lines`), or undefined. A context-only form counts
 * for the one entity among those it may stand for that the page named ("Liang" after "Liang
 * Wenfeng"); none or two of them named ("Amodei" after Dario and Daniela), it counts for none; a
 * byLine form of one entity ("R1", "1.5 Flash") also counts once the page names its line. A full name others share ("Copilot") counts for its own entity
 * unless the page named exactly one of the others and not it ("Copilot" after "GitHub Copilot").
 */
export function keptAs(
  m: Mention,
  aboutAi: boolean,
  named: ReadonlySet<string>,
  lines: ReadonlySet<string> = new Set(),
): Mention | undefined {
  if (!countsOn(m, aboutAi)) return undefined;
  if (!m.contextOnly && !m.others) return m;
  const ids = [m.entityId, ...(m.others ?? [])].filter((id) => named.has(id));
  if (!m.contextOnly) return ids.length === 1 && ids[0] !== m.entityId ? { ...m, entityId: ids[0]! } : m;
  if (!ids.length && m.byLine && !m.others && m.line && lines.has(m.line)) return m;
  if (ids.length !== 1) return undefined;
  return ids[0] === m.entityId ? m : { ...m, entityId: ids[0]! };
}
