import { describe, expect, it } from 'vitest';
import { aboutAiByTerms, aiTermCounts, isProse } from '../../../../lib/core/match/ambiguity';
import { buildMatcher } from '../../../../lib/core/match/build-matcher';
import { findMentions } from '../../../../lib/core/match/find-mentions';
import { resolvePage } from '../../../../lib/core/match/page-rules';
import { ALIASES } from './aliases';

// Rules learnt from real pages in full markup (tests/fixtures/readability): menus, share bars, tag clouds
// and related-article links around a page that is not about AI.
const m = buildMatcher(ALIASES);
const page = (blocks: string[]) =>
  resolvePage(blocks.map((text) => ({ text, mentions: findMentions(m, text) }))).map((b) => b.map((x) => x.entityId));
const names = (text: string) => findMentions(m, text).map((x) => x.matched);

describe('an ambiguous name in lower case is the common word', () => {
  it('skips "mistral", "llama", "gemini" written in lower case', () => {
    expect(names('the mistral blew; a llama and gemini season')).toEqual([]);
  });

  it('still finds the brand casing and capitals', () => {
    expect(names('Mistral and LLaMA and GEMINI')).toEqual(['Mistral', 'LLaMA', 'GEMINI']);
  });

  it('leaves unambiguous names alone in any case', () => {
    expect(names('deepseek and openai')).toEqual(['deepseek', 'openai']);
  });
});

describe('AI vocabulary counts in prose only', () => {
  it('tells sentences from menus, headlines and link lists', () => {
    expect(isProse('The chatbot runs on a large language model.')).toBe(true);
    expect(isProse('这款名为DNC的AI模型可以回答问题。')).toBe(true);
    expect(isProse('Artificial Intelligence')).toBe(false);
    expect(isProse('AI Ascendant: Key Takeaways from Google I/O 2024 for Modern Marketers')).toBe(false);
    expect(isProse('Why YouTube Shouldn’t Over-Rely on Artificial Intelligence to Police Its...')).toBe(false);
  });

  it('a site section called "Artificial Intelligence" does not make the page about AI', () => {
    const chrome = ['Artificial Intelligence', 'AI in Marketing', 'Revolutionizing Healthcare with AI: Key Strategies'];
    expect(page([...chrome, 'Gemini Heights is a town by the lake.'])).toEqual([[], [], [], []]);
  });

  it('the same words in sentences do', () => {
    const prose = 'Artificial intelligence is everywhere. AI labs train a chatbot every month.';
    expect(page([prose, 'Gemini Heights is a town by the lake.'])).toEqual([[], ['gemini']]);
  });
});

describe('weak terms alone do not make a page about AI', () => {
  it('"model", "GPU" and "inference" are common outside AI', () => {
    const text = 'The new model has a faster GPU than the old model, a GPU our inference says you will like.';
    expect(aiTermCounts(text).size).toBe(3);
    expect(aboutAiByTerms(aiTermCounts(text))).toBe(false);
    expect(page([text, 'Gemini Heights is a town by the lake.'])).toEqual([[], []]);
  });

  it('one strong term with them does', () => {
    expect(aboutAiByTerms(aiTermCounts('A chatbot on a GPU, the model of the year.'))).toBe(true);
  });
});
