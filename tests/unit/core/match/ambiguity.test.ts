import { describe, expect, it } from 'vitest';
import { AI_PAGE_SCORE, countAiTerms } from '../../../../lib/core/match/ambiguity';
import { buildMatcher } from '../../../../lib/core/match/build-matcher';
import { findMentions } from '../../../../lib/core/match/find-mentions';
import { resolvePage } from '../../../../lib/core/match/page-rules';
import { ALIASES } from './aliases';

const m = buildMatcher(ALIASES);
/** Scans blocks like the content script, then applies the page rules; returns entity ids per block. */
function page(blocks: string[]): string[][] {
  return resolvePage(blocks.map((text) => ({ text, mentions: findMentions(m, text) }))).map((b) =>
    b.map((x) => x.entityId),
  );
}

describe('resolvePage: ambiguous names', () => {
  it('drops ambiguous names on a page with nothing else about AI', () => {
    expect(page(['Gemini is the third sign.', 'Mistral gusts hit Marseille.'])).toEqual([[], []]);
  });

  it('keeps ambiguous names when the page names an unambiguous entity', () => {
    expect(page(['Gemini beat the rest.', 'Anthropic disagreed.'])).toEqual([['gemini'], ['anthropic']]);
  });

  it('keeps ambiguous names when the page text has enough AI vocabulary', () => {
    const text = 'The chatbot runs on a large language model; AI labs train each model on GPUs.';
    expect(page([text, 'Claude answered.'])).toEqual([[], ['claude']]);
    expect(page(['Claude answered.', text])).toEqual([['claude'], []]);
    expect(countAiTerms(text)).toBeGreaterThanOrEqual(AI_PAGE_SCORE);
  });

  it('does not count ambiguous names as evidence for each other', () => {
    expect(page(['Claude, Gemini and Llama at the fair.'])).toEqual([[]]);
  });
});

describe('countAiTerms', () => {
  it('counts each term at most twice, so one repeated word is not enough', () => {
    expect(countAiTerms('model model model model model')).toBe(2);
    expect(countAiTerms('model model model model model')).toBeLessThan(AI_PAGE_SCORE);
  });

  it('counts "AI" only in capitals, as a whole word', () => {
    expect(countAiTerms('AI and A.I.')).toBe(2);
    expect(countAiTerms('ai, Thai, MAIN, OpenAI')).toBe(0);
  });

  it('counts Latin terms across case and line breaks, and CJK terms in running text', () => {
    expect(countAiTerms('Machine\nLearning')).toBe(1);
    expect(countAiTerms('人工智能大模型')).toBe(2);
  });
});

describe('resolvePage: context-only forms', () => {
  it('drops a context-only form when the page never names the entity in full', () => {
    expect(page(['Altman spoke.', 'R1 and V3 were cited.'])).toEqual([[], []]);
  });

  it('keeps a context-only form when the page names the same entity in full', () => {
    expect(page(['Sam Altman spoke.', 'Later, Altman left.'])).toEqual([['sam-altman'], ['sam-altman']]);
  });

  it('needs the same entity: another entity named in full does not unlock it', () => {
    expect(page(['DeepSeek-V3 shipped; R1 followed.'])).toEqual([['deepseek-v3']]);
  });
});
