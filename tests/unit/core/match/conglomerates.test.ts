import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../../lib/core/match/build-matcher';
import { findMentions } from '../../../../lib/core/match/find-mentions';
import { resolvePage } from '../../../../lib/core/match/page-rules';
import { bundledAliases } from './bundled';

// The conglomerate policy and the common-word brands, in the bundled dataset (assets/data/README.md).
const aliases = bundledAliases();
const m = buildMatcher(aliases);
const page = (blocks: string[]) =>
  resolvePage(blocks.map((text) => ({ text, mentions: findMentions(m, text) })))
    .flat()
    .map((x) => `${x.entityId}:${x.matched}`);

/** Companies known mainly for something else than AI, and people known mainly as their leaders. */
const CONGLOMERATES = ['google', 'meta', 'apple', 'amazon', 'microsoft', 'samsung', 'ibm', 'intel', 'alibaba'];
const LEADERS = ['mark-zuckerberg', 'elon-musk', 'sundar-pichai', 'satya-nadella'];

describe('conglomerates count only on pages about AI', () => {
  it('flags every alias of each conglomerate and leader ambiguous', () => {
    const loose = aliases.filter((a) => [...CONGLOMERATES, ...LEADERS].includes(a.entityId) && !a.ambiguous);
    expect(loose.map((a) => a.text)).toEqual([]);
  });

  it('a share bar and a byline on a page not about AI highlight nothing', () => {
    const blocks = [
      'Share on Facebook',
      'Share on Google Plus',
      'Mark Zuckerberg testified; Microsoft and Apple did not.',
    ];
    expect(page([...blocks, 'Claude Goasguen, Nous sommes, Writer-director Greta Gerwig.'])).toEqual([]);
  });

  it('they are highlighted on pages about AI', () => {
    expect(page(['Google and Microsoft showed new AI chatbots. Each runs on a language model.'])).toEqual([
      'google:Google',
      'microsoft:Microsoft',
    ]);
  });
});

describe('common-word brands need their brand casing', () => {
  it('"anthropic", "facebook", "microsoft", "mistral", "kimi", "writer", "nous" in lower case are words', () => {
    const text = 'The anthropic principle; follow us on facebook, microsoft; le mistral; kimi; a writer; nous sommes.';
    expect(findMentions(m, text)).toEqual([]);
  });

  it('in brand casing they are found', () => {
    const text =
      'Anthropic, Facebook, Microsoft, Mistral, Kimi, Writer, Nous, Perplexity, Runway, Inflection and Le Chat.';
    expect(findMentions(m, text)).toHaveLength(11);
  });
});
