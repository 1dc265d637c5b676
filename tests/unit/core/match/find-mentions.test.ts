import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../../lib/core/match/build-matcher';
import { findMentions } from '../../../../lib/core/match/find-mentions';
import { resolvePage } from '../../../../lib/core/match/page-rules';
import type { MatchAlias } from '../../../../lib/core/match/types';
import { ALIASES } from './aliases';

const m = buildMatcher(ALIASES);
/** [text as on the page, entity] for each mention. */
const found = (text: string, matcher = m) => findMentions(matcher, text).map((x) => [x.matched, x.entityId]);

describe('findMentions: spelling', () => {
  it('matches hyphen, space and no-space variants of a name', () => {
    for (const t of ['DeepSeek-V3', 'DeepSeek V3', 'DeepSeekV3', 'deepseek-v3'])
      expect(found(t)).toEqual([[t, 'deepseek-v3']]);
  });

  it('matches where pages split a name: "Open AI", "GPT4o"', () => {
    expect(found('Open AI and GPT4o')).toEqual([
      ['Open AI', 'openai'],
      ['GPT4o', 'gpt-4o'],
    ]);
  });

  it('matches a space where CJK meets Latin or digits: "昇腾 910B" for "昇腾910B"', () => {
    const chips = buildMatcher([{ text: '昇腾910B', entityId: 'ascend-910b' }]);
    expect(found('华为昇腾 910B 的算力', chips)).toEqual([['昇腾 910B', 'ascend-910b']]);
  });

  it('does not split names shorter than three characters: "o 1" is not o1', () => {
    expect(found('model o 1 ships')).toEqual([]);
  });

  it('folds case for aliases that are not case-sensitive', () => {
    expect(found('OPENAI, openai, OpenAI')).toEqual([
      ['OPENAI', 'openai'],
      ['openai', 'openai'],
      ['OpenAI', 'openai'],
    ]);
  });

  it('matches case-sensitive aliases only as written: "Meta", not "meta" or "META"', () => {
    expect(found('Meta said; meta tags; META')).toEqual([['Meta', 'meta']]);
  });

  it('falls back to a shorter name when the longest fails its case check', () => {
    const aliases: MatchAlias[] = [
      { text: 'Nova', entityId: 'nova' },
      { text: 'Nova Ultra', entityId: 'nova-ultra', caseSensitive: true },
    ];
    expect(found('nova ultra', buildMatcher(aliases))).toEqual([['nova', 'nova']]);
  });

  it('matches full-width letters, with offsets in the original text', () => {
    const text = '新模型ＤｅｅｐＳｅｅｋ－Ｖ３发布';
    const [hit] = findMentions(m, text);
    expect(hit?.entityId).toBe('deepseek-v3');
    expect(text.slice(hit!.start, hit!.end)).toBe('ＤｅｅｐＳｅｅｋ－Ｖ３');
  });

  it('treats Unicode dashes as hyphens', () => {
    expect(found('DeepSeek\u2011V3 and GPT\u20134o')).toEqual([
      ['DeepSeek\u2011V3', 'deepseek-v3'],
      ['GPT\u20134o', 'gpt-4o'],
    ]);
  });

  it('highlights the name without the possessive, with either apostrophe', () => {
    expect(found("OpenAI's model and OpenAI\u2019s model")).toEqual([
      ['OpenAI', 'openai'],
      ['OpenAI', 'openai'],
    ]);
  });

  it('matches across soft hyphens and zero-width spaces, offsets in the original', () => {
    const text = 'by Open\u00ADAI and Deep\u200BSeek-V3.';
    const hits = findMentions(m, text);
    expect(hits.map((h) => [text.slice(h.start, h.end), h.entityId])).toEqual([
      ['Open\u00ADAI', 'openai'],
      ['Deep\u200BSeek-V3', 'deepseek-v3'],
    ]);
  });

  it('matches across a run of spaces or a line break inside a name', () => {
    expect(found('Google\n      DeepMind')).toEqual([['Google\n      DeepMind', 'google-deepmind']]);
  });

  it('keeps offsets right when case folding changes length (İ, ß)', () => {
    const text = 'İİİ Straße OpenAI';
    const [hit] = findMentions(m, text);
    expect(hit).toMatchObject({ start: 11, end: 17, matched: 'OpenAI' });
  });
});

describe('findMentions: boundaries', () => {
  it('matches Latin-script names as whole words only', () => {
    expect(found('metadata, Metaverse, o10, co1, GPT4oo, DeepSeekers')).toEqual([]);
  });

  it('uses Unicode word boundaries, not ASCII \\b: no "Zeta" in "Ézeta" or "Zetaé"', () => {
    expect(found('Ézeta Zetaé Zeta')).toEqual([['Zeta', 'zeta']]);
  });

  it('does not take a version as the start of a longer one: no "GPT-4" in "GPT-4.5" without a family', () => {
    const plain = buildMatcher([{ text: 'GPT-4', entityId: 'gpt-4' }]);
    expect(found('GPT-4.5 is out', plain)).toEqual([]);
  });

  it('matches CJK names inside running text', () => {
    expect(found('深度求索发布了新模型，通义千问和月之暗面也在跟进')).toEqual([
      ['深度求索', 'deepseek'],
      ['通义千问', 'qwen'],
      ['月之暗面', 'moonshot'],
    ]);
  });

  it('matches Latin names written against CJK text', () => {
    expect(found('OpenAI发布了GPT-4o模型')).toEqual([
      ['OpenAI', 'openai'],
      ['GPT-4o', 'gpt-4o'],
    ]);
  });
});

describe('findMentions: longest match', () => {
  it('prefers the longest known name', () => {
    expect(found('Llama 3.1 405B, Google DeepMind and GPT-4o mini; then Llama, Google, GPT-4o.')).toEqual([
      ['Llama 3.1 405B', 'llama-3.1-405b'],
      ['Google DeepMind', 'google-deepmind'],
      ['GPT-4o mini', 'gpt-4o-mini'],
      ['Llama', 'llama'],
      ['Google', 'google'],
      ['GPT-4o', 'gpt-4o'],
    ]);
  });
});

describe('findMentions: unknown versions of known families', () => {
  it('reports family + unlisted version for the family, with the version as written', () => {
    const hits = findMentions(m, 'GPT-5.5, Claude Opus 4.7, Qwen 3.6 and Llama 5 arrived.');
    expect(hits.map((h) => [h.matched, h.entityId, h.unknownVersion])).toEqual([
      ['GPT-5.5', 'gpt', '5.5'],
      ['Claude Opus 4.7', 'claude', 'Opus 4.7'],
      ['Qwen 3.6', 'qwen', '3.6'],
      ['Llama 5', 'llama', '5'],
    ]);
  });

  it('resolves a version that is a known alias to that entity', () => {
    const hits = findMentions(m, 'GPT-4o, Qwen3, Claude Opus 4 and DeepSeek-V3');
    expect(hits.map((h) => [h.matched, h.entityId, h.unknownVersion])).toEqual([
      ['GPT-4o', 'gpt-4o', undefined],
      ['Qwen3', 'qwen3', undefined],
      ['Claude Opus 4', 'claude-opus-4', undefined],
      ['DeepSeek-V3', 'deepseek-v3', undefined],
    ]);
  });

  it('keeps a known version when only a size follows: "Llama 3 70B" is Llama 3', () => {
    expect(found('Llama 3 70B')).toEqual([['Llama 3 70B', 'llama-3']]);
  });

  it('does not take years or words for versions', () => {
    expect(found('GPT 2024 report; Claude Code')).toEqual([
      ['GPT', 'gpt'],
      ['Claude Code', 'claude-code'],
    ]);
  });

  it('does not take a quantity for a version: "通义千问1个月" is not 通义千问 1', () => {
    const qwen = buildMatcher([{ text: '通义千问', entityId: 'qwen', familyPattern: true }]);
    expect(findMentions(qwen, '通义千问1个月内').map((h) => [h.matched, h.unknownVersion])).toEqual([
      ['通义千问', undefined],
    ]);
    expect(findMentions(qwen, '通义千问2.5发布').map((h) => [h.matched, h.unknownVersion])).toEqual([
      ['通义千问2.5', '2.5'],
    ]);
  });

  it('honours the family name case: no unknown version from "gpt-5"', () => {
    expect(found('gpt-5 is lower case')).toEqual([]);
  });
});

describe('findMentions: non-AI phrases', () => {
  it('never reports a name inside a known non-AI phrase', () => {
    const text =
      'Claude Monet painted; Gemini horoscope; a meta-analysis and a Meta-analysis; Falcon 9 and Falcon Heavy; ' +
      'the mistral wind; a llama farm; llama wool; Apple pie; Jean-Claude Van Damme.';
    expect(found(text)).toEqual([]);
  });

  it('still reports the same names outside those phrases', () => {
    expect(found('Claude, Gemini, Meta, Falcon, Mistral, Llama and Apple')).toHaveLength(7);
  });

  it("leaves the chips' namesakes and the anthropic principle alone, but not a longer name past them", () => {
    const chips = buildMatcher([
      { text: 'Hopper', entityId: 'hopper', caseSensitive: true, ambiguous: true },
      { text: 'Blackwell', entityId: 'blackwell', caseSensitive: true, ambiguous: true },
      { text: 'Grace Hopper Superchip', entityId: 'gh200' },
      { text: 'Anthropic', entityId: 'anthropic' },
    ]);
    const text =
      'Named after Grace Hopper and David Harold Blackwell; the Anthropic Principle. ' +
      'The Grace Hopper Superchip, Hopper, Blackwell and Anthropic.';
    expect(found(text, chips)).toEqual([
      ['Grace Hopper Superchip', 'gh200'],
      ['Hopper', 'hopper'],
      ['Blackwell', 'blackwell'],
      ['Anthropic', 'anthropic'],
    ]);
  });
});

describe('findMentions: plurals', () => {
  it('highlights a name that ends in a number without its plural "s": "H100s"', () => {
    const chips = buildMatcher([
      { text: 'H100', entityId: 'h100' },
      { text: 'Meta', entityId: 'meta', caseSensitive: true },
    ]);
    expect(found('10,000 H100s and Metas', chips)).toEqual([['H100', 'h100']]);
  });

  it('highlights a name ending in a capital without a genitive or plural "s": "OpenAIs", "TPUs"', () => {
    const names = buildMatcher([
      { text: 'OpenAI', entityId: 'openai' },
      { text: 'TPU', entityId: 'tpu' },
      { text: 'Meta', entityId: 'meta', caseSensitive: true },
    ]);
    expect(found('OpenAIs ChatGPT, Googles TPUs, Metas Brille, OpenAIss', names)).toEqual([
      ['OpenAI', 'openai'],
      ['TPU', 'tpu'],
    ]);
  });
});

describe("OpenAI's short model names (bundled dataset)", () => {
  it('finds "o1" and "o3" on a page about AI without the full name first, in their own casing only', async () => {
    const { bundledAliases } = await import('./bundled');
    const { buildMatcher } = await import('../../../../lib/core/match/build-matcher');
    const { resolvePage } = await import('../../../../lib/core/match/page-rules');
    const m = buildMatcher(bundledAliases());
    const ids = (text: string) =>
      resolvePage([{ text, mentions: findMentions(m, text) }])[0]!.map((x) => `${x.entityId}:${x.matched}`);
    expect(ids('OpenAI said its o1 model and the newer o3 beat GPT-4o on math.')).toEqual(
      expect.arrayContaining(['o1:o1', 'o3:o3']),
    );
    expect(ids('The O3 molecule is ozone; o1 is not a word here.')).toEqual([]);
  });

  it('finds the o-series in prose about AI, whole tokens only, and nothing on pages about visas or ozone', async () => {
    const { bundledAliases } = await import('./bundled');
    const { resolvePage } = await import('../../../../lib/core/match/page-rules');
    const m = buildMatcher(bundledAliases());
    const page = (...texts: string[]) =>
      resolvePage(texts.map((text) => ({ text, mentions: findMentions(m, text) })))
        .flat()
        .map((x) => `${x.entityId}:${x.matched}`);
    // No full name anywhere: AI vocabulary alone makes the page about AI.
    expect(
      page(
        'Reasoning models like o1 and o3 spend more inference compute before they answer.',
        'Developers compared o1-preview, o3-mini and o4-mini with other large language models in the chatbot.',
      ),
    ).toEqual(['o1:o1', 'o3:o3', 'o1-preview:o1-preview', 'o3-mini:o3-mini', 'o4-mini:o4-mini']);
    expect(page("OpenAI's o1 model thinks first.")).toEqual(['openai:OpenAI', 'o1:o1']);
    expect(page('The O1 visa and the o1 visa are for people of extraordinary ability.')).toEqual([]);
    expect(page('Ground-level O3 ozone and o3 levels rose this summer, the agency said in its report.')).toEqual([]);
    expect(page('Reasoning models like o1, co1, o10 and O1 spend more inference compute on a chatbot.')).toEqual([
      'o1:o1',
    ]);
  });
});

describe('findMentions: names that are words in other languages', () => {
  const words = buildMatcher([
    { text: 'Magistral', entityId: 'magistral', familyPattern: true, line: 'magistral' },
    { text: 'Nous Research', entityId: 'nous-research' },
    { text: 'Nous', entityId: 'nous-research', caseSensitive: true, ambiguous: true },
  ]);
  const kept = (...texts: string[]) =>
    resolvePage(texts.map((text) => ({ text, mentions: findMentions(words, text) })))
      .flat()
      .map((x) => x.matched);

  it('takes "magistral" in lower case for the word (Spanish, French), "Magistral" for the model', () => {
    expect(found('una clase magistral; Magistral Medium', words)).toEqual([['Magistral Medium', 'magistral']]);
  });

  it('counts "Nous" (French "we") only once the page names Nous Research in full', () => {
    expect(kept('Nous avons levé 385 millions pour nos large language models, AI chatbots.')).toEqual([]);
    expect(kept('Nous Research released Hermes.', 'Nous said it was open.')).toEqual(['Nous Research', 'Nous']);
  });
});

describe('findMentions: a maker before a family name and a version', () => {
  it('gives the maker and the known model: "xAI Grok 3"; an unknown version stays the family\'s', () => {
    const grok = buildMatcher([
      { text: 'xAI', entityId: 'xai', caseSensitive: true, line: 'xai' },
      { text: 'Grok', entityId: 'grok', caseSensitive: true, familyPattern: true, line: 'grok' },
      { text: 'xAI Grok', entityId: 'grok', familyPattern: true, line: 'grok' },
      { text: 'Grok 3', entityId: 'grok-3', line: 'grok' },
    ]);
    expect(found('xAI Grok 3 trained on Colossus; xAI Grok 5 next.', grok)).toEqual([
      ['xAI', 'xai'],
      ['Grok 3', 'grok-3'],
      ['xAI Grok 5', 'grok'],
    ]);
  });
});

describe('findMentions: Chinese names that are ordinary words', () => {
  const zh = buildMatcher([
    { text: '寒武纪', entityId: 'cambricon' },
    { text: '扣子', entityId: 'coze' },
    { text: '英伟达', entityId: 'nvidia' },
  ]);
  const kept = (text: string) =>
    resolvePage([{ text, mentions: findMentions(zh, text) }])[0]!.map((x) => `${x.entityId}:${x.matched}`);

  it('count only on pages about AI: the Cambrian period and a button are not Cambricon and Coze', () => {
    expect(kept('寒武纪生命大爆发时期的化石，衣服上的扣子。')).toEqual([]);
    expect(kept('寒武纪和英伟达都在做芯片。')).toEqual(['cambricon:寒武纪', 'nvidia:英伟达']);
  });
});
