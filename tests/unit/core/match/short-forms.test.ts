import { describe, expect, it } from 'vitest';
import { STOP_WORDS } from '../../../../lib/core/match/common-words';
import { productForm, versionForm } from '../../../../lib/core/match/short-forms';

describe('versionForm: a model name from its version on', () => {
  it('drops the family name before the version', () => {
    expect(versionForm('Gemini 1.5 Flash')).toBe('1.5 Flash');
    expect(versionForm('Claude 3.5 Sonnet')).toBe('3.5 Sonnet');
    expect(versionForm('GPT-4o')).toBe('4o');
    expect(versionForm('Llama 3.1 405B')).toBe('3.1 405B');
    expect(versionForm('Gemini 2.0 Flash-Lite')).toBe('2.0 Flash-Lite');
  });

  it('gives no bare version, size, lower-case word, API tag or name with digits in its family part', () => {
    for (const name of [
      'Mistral Large 2',
      'GPT-4.1',
      'GPT-4.1 mini',
      'Phi-3 mini',
      'gpt-oss-20b',
      'codegemma-2b',
      'claude-3-5-haiku-20241022',
      'Qwen2.5-72B',
      'o1-mini',
      'Claude Opus 4.1',
      'DeepSeek-R1',
    ])
      expect(versionForm(name), name).toBeUndefined();
  });
});

describe('productForm: a product name without its brand', () => {
  it('takes the last word after a brand', () => {
    expect(productForm('GitHub Copilot')).toBe('Copilot');
    expect(productForm('Amazon Bedrock')).toBe('Bedrock');
  });

  it('never gives a stop word, a short word, or a word after a version', () => {
    for (const name of [
      'Claude Code',
      'Apple Intelligence',
      'Mistral Vibe',
      'Codex CLI',
      'Meta AI',
      'Microsoft 365 Copilot',
    ])
      expect(productForm(name), name).toBeUndefined();
  });

  it('keeps the stop list lower case, so a capitalised page word is looked up folded', () => {
    for (const w of STOP_WORDS) expect(w).toBe(w.toLowerCase());
    for (const w of ['code', 'intelligence', 'studio', 'chat', 'vibe']) expect(STOP_WORDS.has(w)).toBe(true);
  });
});
