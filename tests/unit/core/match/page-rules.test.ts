import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../../lib/core/match/build-matcher';
import { findMentions } from '../../../../lib/core/match/find-mentions';
import { PageRules, type RuleBlock } from '../../../../lib/core/match/page-rules';
import type { MatchAlias } from '../../../../lib/core/match/types';

const ALIASES: MatchAlias[] = [
  { text: 'OpenAI', entityId: 'openai', line: 'openai' },
  { text: 'Gemini 2.0 Flash', entityId: 'gemini-2-0-flash', line: 'gemini' },
  {
    text: '2.5 Flash',
    entityId: 'gemini-2-5-flash',
    contextOnly: true,
    caseSensitive: true,
    byLine: true,
    line: 'gemini',
  },
  { text: 'GitHub Copilot', entityId: 'github-copilot' },
  { text: 'Copilot', entityId: 'microsoft-copilot', caseSensitive: true, ambiguous: true, others: ['github-copilot'] },
];
const m = buildMatcher(ALIASES);

/** Blocks arrive one at a time, as the content script reads them; what counts after each. */
function reading(...texts: string[]): string[][] {
  const rules = new PageRules();
  const blocks: RuleBlock[] = [];
  let kept: string[][] = [];
  const after: string[][] = [];
  for (const text of texts) {
    const block = { text, mentions: findMentions(m, text) };
    blocks.push(block);
    rules.note(block.mentions);
    rules.resolve(blocks, {
      restart: () => {
        kept = [];
      },
      keep: (i, x) => {
        kept[i] = [...(kept[i] ?? []), `${x.entityId}:${x.matched}`];
      },
    });
    after.push(kept.flat());
  }
  return after;
}

describe('PageRules: a later block changes what an earlier short form stands for', () => {
  it('a version form counts once a later block names its line', () => {
    expect(reading('OpenAI says 2.5 Flash is cheap.', 'Gemini 2.0 Flash is older.')).toEqual([
      ['openai:OpenAI'],
      ['openai:OpenAI', 'gemini-2-5-flash:2.5 Flash', 'gemini-2-0-flash:Gemini 2.0 Flash'],
    ]);
  });

  it('a shared full name moves to the other entity once a later block names only that one', () => {
    expect(reading('OpenAI: Copilot nailed it.', 'GitHub Copilot, that is.')).toEqual([
      ['openai:OpenAI', 'microsoft-copilot:Copilot'],
      ['openai:OpenAI', 'github-copilot:Copilot', 'github-copilot:GitHub Copilot'],
    ]);
  });
});
