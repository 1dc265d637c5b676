import { NOT_AFTER_WORD, NOT_BEFORE_WORD, wordEndAt, wordStartAt } from './patterns';

/**
 * Phrases in which a name is not the AI one, whatever the page is about.
 * Lower case; words may be joined by spaces or hyphens and take a plural "s".
 * Matched on folded text, so "Claude Monet" and "META-ANALYSIS" are covered.
 */
const NON_AI_PHRASES = [
  'claude monet',
  'claude debussy',
  'jean claude',
  'claude van damme',
  'gemini zodiac',
  'gemini horoscope',
  'gemini season',
  'project gemini',
  'gemini spacecraft',
  'meta analysis',
  'meta analyses',
  'meta tag',
  'meta description',
  'falcon 9',
  'falcon heavy',
  'falcon rocket',
  'mistral wind',
  'llama farm',
  'llama wool',
  'llama ranch',
  'llama trek',
  'apple pie',
  'apple juice',
  'apple tree',
  'apple orchard',
  'apple cider',
  'big apple',
  'palm oil',
  'palm tree',
  'palm beach',
  'palm springs',
  'palm sunday',
  'the bard of avon',
  'phi beta kappa',
  'anthropic principle',
  // The people Nvidia named its architectures after ("named after Grace Hopper"); a longer
  // name that runs past the phrase ("Grace Hopper Superchip") is still the chip.
  'grace hopper',
  'edward hopper',
  'david blackwell',
  'harold blackwell',
];

const phrase = (p: string) =>
  p
    .split(' ')
    .map((w) => `${w}s?`)
    .join('[\\s-]+');
const NON_AI = new RegExp(`${NOT_AFTER_WORD}(?:${NON_AI_PHRASES.map(phrase).join('|')})${NOT_BEFORE_WORD}`, 'g');

/** A regex match that is a whole word on both sides, non-ASCII neighbours included. */
export const whole = (text: string, r: RegExpExecArray) =>
  wordStartAt(text, r.index) && wordEndAt(text, r.index + r[0].length);

/** Every word of the phrases: a name that has none of them cannot sit inside one. */
const PHRASE_WORDS = new Set(NON_AI_PHRASES.flatMap((p) => p.split(' ')));

/** Whether the folded name could be part of a non-AI phrase (so the block's phrases are worth finding). */
export function mayBeInPhrase(folded: string): boolean {
  for (const w of folded.split(/[\s-]+/))
    if (PHRASE_WORDS.has(w) || (w.endsWith('s') && PHRASE_WORDS.has(w.slice(0, -1)))) return true;
  return false;
}

/** [start, end) of every non-AI phrase in folded text. */
export function nonAiSpans(folded: string): [number, number][] {
  const spans: [number, number][] = [];
  NON_AI.lastIndex = 0;
  for (let r = NON_AI.exec(folded); r; r = NON_AI.exec(folded))
    if (whole(folded, r)) spans.push([r.index, r.index + r[0].length]);
  return spans;
}
