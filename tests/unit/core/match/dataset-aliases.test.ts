import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../../lib/core/match/build-matcher';
import { findMentions } from '../../../../lib/core/match/find-mentions';
import { bundledAliases } from './bundled';

describe('bundled dataset', () => {
  it('finds every alias, whole, in running text', () => {
    const aliases = bundledAliases();
    const m = buildMatcher(aliases);
    const missed = aliases
      .filter((a) => {
        const hits = findMentions(m, `Intro ${a.text} outro.`);
        return hits.length !== 1 || hits[0]?.matched !== a.text;
      })
      .map((a) => a.text);
    expect(missed).toEqual([]);
  });
});
