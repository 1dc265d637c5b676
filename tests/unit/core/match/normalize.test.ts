import { describe, expect, it } from 'vitest';
import {
  aliasKey,
  foldCase,
  matchKey,
  normalizeText,
  originalIndex,
  prepareText,
} from '../../../../lib/core/match/normalize';

describe('normalize', () => {
  it('aliasKey ignores case, spaces, hyphens and width', () => {
    const keys = ['DeepSeek-V3', 'deepseek v3', 'DeepSeekV3', 'ＤｅｅｐＳｅｅｋ‑Ｖ３'].map(aliasKey);
    expect(new Set(keys)).toEqual(new Set(['deepseekv3']));
  });

  it('matchKey keeps dots, so "Llama 3.1" and "Llama 31" stay different names', () => {
    expect(matchKey('Llama 3.1')).not.toBe(matchKey('Llama 31'));
  });

  it('normalizeText applies NFKC, one dash, one apostrophe, no invisible characters', () => {
    expect(normalizeText('ＧＰＴ\u2013４\u00AD’s')).toBe("GPT-4's");
  });

  it('foldCase never changes length, even for İ', () => {
    const s = 'İSTANBUL Straße ΣΊΣΥΦΟΣ';
    expect(foldCase(s)).toHaveLength(s.length);
    expect(foldCase('OpenAI')).toBe('openai');
  });

  it('foldCase folds final sigma like any sigma, so a Greek name folds alike alone and in a sentence', () => {
    expect(foldCase('ΣΟΦΟΣ')).toBe(foldCase("ΣΟΦΟΣ's").slice(0, 5));
  });

  it('prepareText maps every kept index back to the original', () => {
    const text = 'A\u00AD B  \n C\u200BD';
    const p = prepareText(text);
    expect(p.folded).toBe('a b cd');
    for (let i = 0; i < p.folded.length; i++) {
      if (p.folded[i] !== ' ') expect(text[originalIndex(p, i)]?.toLowerCase()).toBe(p.folded[i]);
    }
  });
});
