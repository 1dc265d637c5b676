import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../../lib/core/match/build-matcher';
import { findMentions } from '../../../../lib/core/match/find-mentions';
import { ALIASES } from './aliases';

// Rules learnt from real pages in full markup (tests/fixtures/readability): menus, share bars, tag clouds
// and related-article links around a page that is not about AI.
const m = buildMatcher(ALIASES);
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
