import { findAmounts } from '@/lib/core/claims/amounts';
import { checkClaim, type EntityFacts } from '@/lib/core/claims/check-claim';
import { findDates } from '@/lib/core/claims/date-phrases';
import { findClaims } from '@/lib/core/claims/find-claims';
import type { NameAt } from '@/lib/core/claims/types';
import type { Kind } from '@/lib/core/kinds';

/** Names at the first occurrence of each given text. */
function names(text: string, list: [string, string, Kind][]): NameAt[] {
  return list.map(([t, entityId, kind]) => {
    const start = text.indexOf(t);
    return { start, end: start + t.length, entityId, kind };
  });
}
const quote = (text: string) => (c: { start: number; end: number }) => text.slice(c.start, c.end);
const src = { url: 'https://example.org', title: 'Example source' };
const model = (facts: EntityFacts['facts']): EntityFacts => ({ id: 'm', kind: 'model', name: 'M', facts });

describe('date phrases', () => {
  it('resolves relative phrases against the article date, and not at all without one', () => {
    expect(findDates('unveiled earlier this month', '2025-01-20')[0]?.span).toEqual({
      from: '2025-01-01',
      to: '2025-01-20',
    });
    expect(findDates('launched last week', '2025-01-20')[0]?.span).toEqual({ from: '2025-01-11', to: '2025-01-19' });
    expect(findDates('released last year', '2025-01-20')[0]?.span).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(findDates('unveiled earlier this month', undefined)).toEqual([]);
  });

  it('reads absolute dates in English and Chinese, as precise as written', () => {
    expect(findDates('on December 26, 2024', undefined)[0]?.span).toEqual({ from: '2024-12-26', to: '2024-12-26' });
    expect(findDates('in January 2025', undefined)[0]?.span).toEqual({ from: '2025-01-01', to: '2025-01-31' });
    expect(findDates('2024年12月26日', undefined)[0]?.span).toEqual({ from: '2024-12-26', to: '2024-12-26' });
  });

  it('widens "early/late YEAR" by a month each side', () => {
    expect(findDates('in early 2024', undefined)[0]?.span).toEqual({ from: '2023-12-01', to: '2024-05-31' });
  });
});

describe('amounts', () => {
  it('covers the rounding as written and the qualifiers', () => {
    const [six] = findAmounts('$6 million');
    expect([six?.low, six?.high]).toEqual([5.5e6, 6.5e6]);
    const [nearly] = findAmounts('nearly 700 billion');
    expect(nearly!.low).toBeLessThan(671e9);
    expect(nearly!.high).toBe(700e9);
  });

  it('skips digits inside names and versions', () => {
    expect(findAmounts('GPT-4o and Qwen2.5').length).toBe(0);
  });
});

describe('finding claims', () => {
  it('ties a relative release phrase to the model it follows', () => {
    const t = 'DeepSeek-V3, unveiled earlier this month, is a large language model that rivals the likes of GPT-4.';
    const [c] = findClaims(
      t,
      names(t, [
        ['DeepSeek-V3', 'v3', 'model'],
        ['GPT-4', 'gpt4', 'model'],
      ]),
      '2025-01-20',
    );
    expect([quote(t)(c!), c!.subjects, c!.direct]).toEqual(['unveiled earlier this month', ['v3'], true]);
  });

  it('makes no relative claim without an article date', () => {
    const t = 'DeepSeek-V3, unveiled earlier this month, is a model.';
    expect(findClaims(t, names(t, [['DeepSeek-V3', 'v3', 'model']]), undefined)).toEqual([]);
  });

  it('ignores openness words about a category ("proprietary systems", "the open-source community")', () => {
    const t = 'Llama 3 rivals leading proprietary systems and delights the open-source community.';
    expect(findClaims(t, names(t, [['Llama 3', 'l3', 'model']]), undefined)).toEqual([]);
  });

  it('lets a lab stand in for its model, never as a direct claim', () => {
    const t = 'By creating an open-source model, DeepSeek has taken a bold step.';
    const [c] = findClaims(t, names(t, [['DeepSeek', 'ds', 'lab']]), undefined);
    expect([c?.kind, c?.viaLab, c?.direct]).toEqual(['openness', true, false]);
  });

  it('follows a back-reference to the previous sentence', () => {
    const t = 'Mistral 7B is a small model. It has 7.3 billion parameters.';
    const [c] = findClaims(t, names(t, [['Mistral 7B', 'm7', 'model']]), undefined);
    expect([c?.kind, c?.subjects]).toEqual(['parameters', ['m7']]);
  });

  it('gives every released name its own claim ("released A and B on …")', () => {
    const t = 'Meta released Llama 4 Scout and Llama 4 Maverick on April 5, 2025.';
    const found = findClaims(
      t,
      names(t, [
        ['Meta', 'meta', 'lab'],
        ['Llama 4 Scout', 's', 'model'],
        ['Llama 4 Maverick', 'm', 'model'],
      ]),
      undefined,
    );
    expect(found.map((c) => c.subjects[0])).toEqual(['s', 'm']);
  });

  it('does not take "founded by X" as X being founded', () => {
    const t = 'Anthropic was founded by former OpenAI members in 2021.';
    const [c] = findClaims(
      t,
      names(t, [
        ['Anthropic', 'an', 'lab'],
        ['OpenAI', 'oa', 'lab'],
      ]),
      undefined,
    );
    expect(c?.subjects).toEqual(['an']);
  });

  it('marks hedged and wider-scope figures as indirect', () => {
    const t = 'GPT-4 reportedly has 1.8 trillion parameters.';
    expect(findClaims(t, names(t, [['GPT-4', 'g', 'model']]), undefined)[0]?.direct).toBe(false);
  });

  it('skips per-expert sizes ("eight experts of 22B parameters each")', () => {
    const t = 'Mixtral 8x22B has eight experts of 22B parameters each.';
    expect(findClaims(t, names(t, [['Mixtral 8x22B', 'mx', 'model']]), undefined)).toEqual([]);
  });

  it('reads country and people claims next to a lab', () => {
    const t = 'Enter DeepSeek, a Chinese AI lab. OpenAI CEO Sam Altman disagreed.';
    const found = findClaims(
      t,
      names(t, [
        ['DeepSeek', 'ds', 'lab'],
        ['OpenAI', 'oa', 'lab'],
        ['Sam Altman', 'sa', 'person'],
      ]),
      undefined,
    );
    expect(found.map((c) => [c.kind, c.subjects[0]])).toEqual([
      ['country', 'ds'],
      ['people', 'oa'],
    ]);
  });
});

describe('checking a claim', () => {
  const date = (from: string, to: string, announced = false) => ({
    type: 'date' as const,
    from,
    to,
    relative: false,
    announced,
  });
  const amount = (low: number, high: number) => ({ type: 'amount' as const, low, high, active: false });

  it('disagrees with a release date outside the claimed span, agrees inside', () => {
    const m = model({ releaseDate: { value: '2024-12-26', source: src, asOf: '2024-12-26' } });
    expect(checkClaim('releaseDate', date('2025-01-01', '2025-01-20'), m, true).verdict).toBe('disagrees');
    expect(checkClaim('releaseDate', date('2024-12-01', '2024-12-31'), m, true).verdict).toBe('agrees');
  });

  it('says nothing when an "announced" date comes before the release (it may be the announcement)', () => {
    const m = model({ releaseDate: { value: '2024-12-26', source: src, asOf: '2024-12-26' } });
    expect(checkClaim('releaseDate', date('2024-11-01', '2024-11-30', true), m, true).verdict).toBe('cannot-check');
  });

  it('agrees inside the range of values sources give', () => {
    const m = model({
      parametersTotal: {
        value: 671e9,
        source: src,
        asOf: '2024-12-26',
        alternatives: [{ value: 685e9, source: src, asOf: '2024-12-26' }],
      },
    });
    expect(checkClaim('parameters', amount(684.5e9, 685.5e9), m, true).verdict).toBe('agrees');
  });

  it('agrees with a date between the dates sources give (April, July → "in May")', () => {
    const lab = { ...model({}), kind: 'lab' as const };
    lab.facts.founded = {
      value: '2023-04',
      source: src,
      asOf: '2023-04-30',
      alternatives: [{ value: '2023-07', source: src, asOf: '2023-07-17' }],
    };
    expect(checkClaim('founded', date('2023-05-01', '2023-05-31'), lab, true).verdict).toBe('agrees');
    expect(checkClaim('founded', date('2023-09-01', '2023-09-30'), lab, true).verdict).toBe('disagrees');
  });

  it('says nothing for a figure close to the dataset but outside its rounding', () => {
    const m = model({ parametersTotal: { value: 671e9, source: src, asOf: '2024-12-26' } });
    expect(checkClaim('parameters', amount(649.5e9, 650.5e9), m, true).verdict).toBe('cannot-check');
  });

  it('reads 128K as 128,000 or 131,072 tokens', () => {
    const m = model({ contextWindow: { value: 131072, source: src, asOf: '2024-07-23' } });
    expect(checkClaim('contextWindow', amount(127.5e3, 128.5e3), m, true).verdict).toBe('agrees');
  });

  it('never disagrees for an indirect claim', () => {
    const m = model({ openWeights: { value: false, source: src, asOf: '2023-03-14' } });
    expect(checkClaim('openness', { type: 'open', open: true }, m, false).verdict).toBe('cannot-check');
    expect(checkClaim('openness', { type: 'open', open: true }, m, true).verdict).toBe('disagrees');
  });

  it('compares figures inside the dataset\'s text facts ("About $5.576M…")', () => {
    const m = model({ trainingCost: { value: 'About $5.576M for the final run', source: src, asOf: '2024-12-27' } });
    expect(checkClaim('trainingCost', amount(5.5e6, 6.5e6), m, true).verdict).toBe('agrees');
  });
});

describe('judging a claim', () => {
  const SRC = { url: 'https://example.org', title: 'Example source' };
  const entity = (id: string, name: string, facts: EntityFacts['facts'], isFamily = false) => ({
    id,
    kind: 'model' as const,
    name,
    facts,
    relations: [],
    isFamily,
  });
  const dated = { releaseDate: { value: '2023-08-03', source: SRC, asOf: '2023-08-03' } };
  const release = { type: 'date' as const, from: '2025-04-29', to: '2025-04-29', relative: true, announced: false };

  it("never calls a family's release wrong: which version the page means is not sure", async () => {
    const { judge } = await import('@/lib/core/claims/judge');
    const qwen = entity('qwen', 'Qwen', dated, true);
    const claim = { kind: 'releaseDate' as const, value: release, subjects: ['qwen'], direct: true };
    expect(judge(claim, () => qwen, [])?.verdict).toBe('cannot-check');
    expect(judge(claim, () => entity('qwen', 'Qwen', dated), [])?.verdict).toBe('disagrees');
  });

  it('never calls a size wrong that differs from the size in the model’s own name (a sibling)', async () => {
    const { judge } = await import('@/lib/core/claims/judge');
    const big = entity('l405', 'Llama 3.1 405B', {
      parametersTotal: { value: 405e9, source: SRC, asOf: '2024-07-23' },
    });
    const seventy = { type: 'amount' as const, low: 69.5e9, high: 70.5e9, active: false };
    const claim = { kind: 'parameters' as const, value: seventy, subjects: ['l405'], direct: true };
    expect(judge(claim, () => big, [])?.verdict).toBe('cannot-check');
  });
});

describe('rules learned from the second development set', () => {
  const SRC = { url: 'https://example.org', title: 'Example source' };
  const claimsOf = (t: string, list: [string, string, Kind][], today?: string) =>
    findClaims(t, names(t, list), today).map((c) => [quote(t)(c), c.kind, c.subjects[0], c.direct]);

  it('reads a hyphen-joined figure without a unit ("a 2,000,000-token context window")', () => {
    const [a] = findAmounts('a 2,000,000-token context window');
    expect([a?.value, a?.end]).toEqual([2e6, 11]);
    const t = 'Gemini 2.5 Pro supports a 2,000,000-token context window.';
    expect(claimsOf(t, [['Gemini 2.5 Pro', 'g', 'model']])).toEqual([
      ['2,000,000-token context', 'contextWindow', 'g', true],
    ]);
  });

  it('checks 128K against 128,000 and 131,072, but not 120K against 128,000', () => {
    const window = (value: number) => model({ contextWindow: { value, source: SRC, asOf: '2024-01-01' } });
    const k = (n: number) => ({ type: 'amount' as const, low: n - 500, high: n + 500, active: false });
    expect(checkClaim('contextWindow', k(128000), window(131072), true).verdict).toBe('agrees');
    expect(checkClaim('contextWindow', k(131000), window(128000), true).verdict).toBe('agrees');
    expect(checkClaim('contextWindow', k(120000), window(128000), true).verdict).toBe('disagrees');
  });

  it('reads "context lengths up to" and keeps those tokens apart from training tokens', () => {
    const t =
      'Maverick was trained on about 22 trillion tokens while supporting context lengths up to 1 million tokens.';
    expect(claimsOf(t, [['Maverick', 'm', 'model']]).map((c) => c.slice(0, 2))).toEqual([
      ['about 22 trillion tokens', 'trainingTokens'],
      ['up to 1 million tokens', 'contextWindow'],
    ]);
  });

  it('never gives a claim to a name the subject is compared with or built on', () => {
    const t = 'The model matches or exceeds GPT-4 on benchmarks, positioning it as the leading open-source LLM.';
    expect(claimsOf(t, [['GPT-4', 'g4', 'model']])).toEqual([]);
    const u = 'Llama 3.1 built on the foundation of Llama 3 with a 128,000-token context window.';
    expect(
      claimsOf(u, [
        ['Llama 3.1', 'l31', 'model'],
        ['Llama 3', 'l3', 'model'],
      ])[0]?.[2],
    ).toBe('l31');
  });

  it('gives a relative clause to the name it follows ("GPT-4, which launched in March 2023")', () => {
    const t = 'GPT-4o was released in May 2024 as the successor to GPT-4, which launched in March 2023.';
    const found = claimsOf(t, [
      ['GPT-4o', 'g4o', 'model'],
      ['GPT-4,', 'g4', 'model'],
    ]);
    expect(found.map((c) => [c[0], c[2]])).toEqual([
      ['released in May 2024', 'g4o'],
      ['launched in March 2023', 'g4'],
    ]);
  });

  it('reads "成立仅四年" as an age, not a founding on the date before it', () => {
    const t = '2026年1月9日,成立仅四年的MiniMax成功登陆港交所。';
    expect(claimsOf(t, [['MiniMax', 'mm', 'lab']], '2026-03-21')).toEqual([]);
  });

  it('lets a size the page wrote in the name stop a disagreement with another size ("Qwen3-30B-A3B")', async () => {
    const { judge } = await import('@/lib/core/claims/judge');
    const t = 'Qwen3-30B-A3B has 3 billion activated parameters.';
    const [c] = findClaims(t, names(t, [['Qwen3-30B-A3B', 'q3', 'model']]), undefined);
    expect(c?.written).toBe('Qwen3-30B-A3B');
    const qwen3 = {
      id: 'q3',
      kind: 'model' as const,
      name: 'Qwen3',
      facts: { parametersActive: { value: 22e9, source: SRC, asOf: '2025-04-29' } },
      relations: [],
    };
    expect(judge(c!, () => qwen3, [])?.verdict).toBe('cannot-check');
    expect(judge({ ...c!, written: 'Qwen3' }, () => qwen3, [])?.verdict).toBe('disagrees');
    expect(judge({ ...c!, written: 'Qwen3-Max' }, () => qwen3, [])?.verdict).toBe('cannot-check');
  });
});

describe('rules learned from the third held-out set (after its one blind score)', () => {
  const claimsOf = (t: string, list: [string, string, Kind][], today?: string) =>
    findClaims(t, names(t, list), today).map((c) => [quote(t)(c), c.kind, c.subjects[0], c.direct]);

  it('gives a figure right after a compared name to no one ("surpassing GPT-3.5 with 175 billion")', () => {
    const t = 'Grok-1 has 314 billion parameters, far surpassing GPT-3.5 with 175 billion parameters.';
    expect(
      claimsOf(t, [
        ['Grok-1', 'g1', 'model'],
        ['GPT-3.5', 'g35', 'model'],
      ]).map((c) => c[0]),
    ).toEqual(['314 billion parameters']);
  });

  it('does not give a release the date of the clause before "and" ("completed in October 2023 and released")', () => {
    const t = 'Grok-1 finished pretraining in October 2023 and released its weights on March 17, 2024.';
    const found = claimsOf(t, [['Grok-1', 'g1', 'model']]).filter((c) => c[1] === 'releaseDate');
    expect(found.map((c) => c[0])).toEqual(['released its weights on March 17, 2024']);
  });

  it('reads the founded lab after "成立了…" rather than a company named earlier', () => {
    const t = '从苹果到Google,李开复去年5月成立了AI公司零一万物。';
    const found = claimsOf(
      t,
      [
        ['Google', 'google', 'lab'],
        ['零一万物', '01-ai', 'lab'],
      ],
      '2024-12-09',
    );
    expect(found.map((c) => c[2])).toEqual(['01-ai']);
  });

  it('reads a size in a list of sizes as one of a lineup ("includes 8B and 70B parameter variants")', () => {
    const t = 'Llama 3.1 405B is the largest in the collection, which also includes 8B and 70B parameter variants.';
    const [c] = findClaims(t, names(t, [['Llama 3.1 405B', 'l', 'model']]), undefined);
    expect([c?.kind, c?.lineup]).toEqual(['parameters', true]);
    // Per-expert sizes are not a list: "8 experts of 22 billion parameters each, totaling 176 billion".
    const u = 'Mixtral 8x22B has 8 experts of 22 billion parameters each, totaling 176 billion parameters.';
    expect(findClaims(u, names(u, [['Mixtral 8x22B', 'm', 'model']]), undefined)[0]?.direct).toBe(true);
  });

  it('lets a tier in the written name stop a disagreement ("phi-3-small" found as Phi-3)', async () => {
    const { judge } = await import('@/lib/core/claims/judge');
    const SRC = { url: 'https://example.org', title: 'Example source' };
    const phi3 = {
      id: 'phi-3',
      kind: 'model' as const,
      name: 'Phi-3',
      facts: { trainingTokens: { value: 3.3e12, source: SRC, asOf: '2024-04-23' } },
      relations: [],
    };
    const claim = {
      kind: 'trainingTokens' as const,
      value: { type: 'amount' as const, low: 4.75e12, high: 4.85e12, active: false },
      subjects: ['phi-3'],
      direct: true,
    };
    expect(judge({ ...claim, written: 'phi-3-small' }, () => phi3, [])?.verdict).toBe('cannot-check');
    expect(judge({ ...claim, written: 'Phi-3' }, () => phi3, [])?.verdict).toBe('disagrees');
  });
});

describe('recall rules, by class of missed disagreement', () => {
  const month = (from: string, to: string) => ({ type: 'date' as const, from, to, relative: false, announced: false });
  it('gives no day of slack between a month and the next month ("June 2020" for a May 2020 release)', () => {
    const m = model({ releaseDate: { value: '2021-08', source: src, asOf: '2021-08-31' } });
    expect(checkClaim('releaseDate', month('2021-09-01', '2021-09-30'), m, true).verdict).toBe('disagrees');
    expect(checkClaim('releaseDate', month('2021-08-01', '2021-08-31'), m, true).verdict).toBe('agrees');
    // A named day keeps its day of slack for time zones.
    const d = model({ releaseDate: { value: '2021-08-31', source: src, asOf: '2021-08-31' } });
    expect(checkClaim('releaseDate', month('2021-09-01', '2021-09-30'), d, true).verdict).toBe('agrees');
  });
});

describe('recall rules: context windows told by what a model takes in', () => {
  const kinds = (t: string, name: string) =>
    findClaims(t, names(t, [[name, 'm', 'model']]), undefined).map((c) => [quote(t)(c), c.kind, c.direct]);

  it('reads "offered", "topped out at", "token limit … is set at" and "token capacity" as a context window', () => {
    expect(kinds('Orca 3 offered 500,000 tokens at launch.', 'Orca 3')).toEqual([
      ['500,000 tokens', 'contextWindow', true],
    ]);
    expect(kinds('By then Orca 3 topped out at 64K tokens.', 'Orca 3')).toEqual([
      ['64K tokens', 'contextWindow', true],
    ]);
    expect(kinds('The input token limit for Orca 3.5 is set at 2048 tokens.', 'Orca 3.5')).toEqual([
      ['2048 tokens', 'contextWindow', true],
    ]);
    expect(kinds('Orca 3 now ships with a 300,000 token capacity.', 'Orca 3')).toEqual([
      ['300,000 token capacity', 'contextWindow', true],
    ]);
  });

  it('leaves throughput and training data alone ("handles 20,000 tokens per second", "trained on … offered")', () => {
    expect(kinds('Orca 3 handles 20,000 tokens per second on one GPU.', 'Orca 3')).toEqual([]);
    expect(kinds('Orca 3 was trained on data that offered 9,000,000 tokens.', 'Orca 3').map((c) => c[1])).not.toContain(
      'contextWindow',
    );
  });
});

describe('recall rules: an earlier version named for comparison', () => {
  it('does not count "previous Orca iterations" as a second subject of the figure', () => {
    const t =
      'The specs of Orca 4 Max include a long expansion of the context window to 512,000 tokens, doubling previous Orca iterations.';
    const [c] = findClaims(
      t,
      names(t, [
        ['Orca 4 Max', 'orca-4-max', 'model'],
        ['Orca', 'orca', 'model'],
      ]).map((n, i) => (i === 1 ? { ...n, start: t.lastIndexOf('Orca'), end: t.lastIndexOf('Orca') + 4 } : n)),
      undefined,
    );
    expect([c?.kind, c?.subjects[0], c?.direct]).toEqual(['contextWindow', 'orca-4-max', true]);
  });
});

describe('recall rules: founder lists', () => {
  const lab = (founders: string[], note?: string): EntityFacts => ({
    id: 'lab',
    kind: 'lab',
    name: 'Lab',
    facts: { founders: { value: founders, source: src, asOf: '2025-01-01', ...(note ? { note } : {}) } },
  });
  const founder = { type: 'person' as const, person: '', role: 'founder' as const };
  const found = (t: string, list: [string, string, Kind][]) =>
    findClaims(t, names(t, list), undefined)
      .filter((c) => c.kind === 'people')
      .map((c) => [quote(t)(c), c.subjects[0], c.value.type === 'person' && c.value.name]);

  it('reads each name of a founder list, and a lab title before a name, when LabLens has no entity for it', () => {
    const t =
      'Brightloop was founded in March 2019 by a group of engineers, including Ada Quist, Tomas Verne and others.';
    expect(found(t, [['Brightloop', 'bl', 'lab']])).toEqual([
      ['Ada Quist', 'bl', 'Ada Quist'],
      ['Tomas Verne', 'bl', 'Tomas Verne'],
    ]);
    const u = 'The round drew investors such as Brightloop co-founder Ada Quist.';
    expect(found(u, [['Brightloop', 'bl', 'lab']])).toEqual([['Ada Quist', 'bl', 'Ada Quist']]);
    // Not one person's name: a group, or a name run into the next.
    const v = 'Brightloop was founded by Google Brain alumni and Ada QuistTomas Verne.';
    expect(found(v, [['Brightloop', 'bl', 'lab']])).toEqual([]);
  });

  it('disagrees with a name that is not among a whole founders list, says nothing when the list is partial', () => {
    const whole = lab(['Ada Quist', 'Tomas Verne', 'Lena Ortiz']);
    expect(checkClaim('people', founder, whole, true, 'Peter Holm').verdict).toBe('disagrees');
    expect(checkClaim('people', founder, whole, true, 'Tom Verne').verdict).toBe('cannot-check');
    expect(checkClaim('people', founder, whole, true, 'Tomas Verne').verdict).toBe('agrees');
    expect(checkClaim('people', founder, whole, false, 'Peter Holm').verdict).toBe('cannot-check');
    const partial = lab(['Ada Quist', 'Tomas Verne'], 'Other former colleagues joined them as co-founders.');
    expect(checkClaim('people', founder, partial, true, 'Peter Holm').verdict).toBe('cannot-check');
    expect(checkClaim('people', founder, lab(['Ada Quist']), true, 'Peter Holm').verdict).toBe('cannot-check');
    const ceo = { ...founder, role: 'ceo' as const };
    const led: EntityFacts = {
      ...whole,
      facts: { leaders: { value: ['Ada Quist'], source: src, asOf: '2025-01-01' } },
    };
    expect(checkClaim('people', ceo, led, true, 'Peter Holm').verdict).toBe('cannot-check');
  });
});

describe('recall rules: infobox and table sizes written with B or T', () => {
  const sizes = (t: string, list: [string, string, Kind][]) =>
    findClaims(t, names(t, list), undefined)
      .filter((c) => c.kind === 'parameters')
      .map((c) => [quote(t)(c), c.subjects[0], c.value.type === 'amount' && c.value.active, c.direct]);

  it('reads "140B total", "12B active" and a bare "(70B)" after a name as parameter counts', () => {
    expect(sizes('Orca 9 (140B total, 12B active) ships today.', [['Orca 9', 'o9', 'model']])).toEqual([
      ['140B total', 'o9', false, true],
      ['12B active', 'o9', true, true],
    ]);
    expect(sizes('Orca 9 (70B) | Apache 2.0', [['Orca 9', 'o9', 'model']])).toEqual([['70B', 'o9', false, true]]);
    expect(sizes('| Orca 9 | 2025.02 | 70B/MoE |', [['Orca 9', 'o9', 'model']])).toEqual([
      ['70B/MoE', 'o9', false, true],
    ]);
    expect(sizes('Orca 9 was trained on 15B total tokens.', [['Orca 9', 'o9', 'model']])).toEqual([]);
  });

  it('keeps a stated total direct among other sizes, and a bracket on an unknown name from the earlier name', () => {
    const t = 'Orca 8 (7B & 13B) – dense. | Orca 9 – MoE design (176B total / 20B active). |';
    expect(
      sizes(t, [
        ['Orca 8', 'o8', 'model'],
        ['Orca 9', 'o9', 'model'],
      ]).find((c) => c[0] === '176B total'),
    ).toEqual(['176B total', 'o9', false, true]);
    const u = 'Orca 9 (70B); Whale Tiny (8B)';
    expect(sizes(u, [['Orca 9', 'o9', 'model']]).find((c) => c[0] === '8B')?.[3]).toBe(false);
  });
});

describe('recall rules: release dates in table rows', () => {
  const rows = (t: string, list: [string, string, Kind][]) =>
    findClaims(t, names(t, list), undefined)
      .filter((c) => c.kind === 'releaseDate')
      .map((c) => [quote(t)(c), c.subjects[0], c.value.type === 'date' && c.value.from, c.direct]);

  it('reads "2025.03" as a month, not a decimal', () => {
    expect(findDates('| 2025.03 |', undefined)[0]?.span).toEqual({ from: '2025-03-01', to: '2025-03-31' });
    expect(findDates('score 2025.035', undefined)).toEqual([]);
  });

  it('reads a model, its maker’s cell, then a date as the model’s release', () => {
    const t = '| Orca 9 | Brightloop | 🇫🇷 | 2025.03 | 70B |';
    expect(
      rows(t, [
        ['Orca 9', 'o9', 'model'],
        ['Brightloop', 'bl', 'lab'],
      ]),
    ).toEqual([['Orca 9 | Brightloop | 🇫🇷 | 2025.03', 'o9', '2025-03-01', true]]);
    const u = 'Orca 9 Brightloop (Lyon) April 2023 Text 70B';
    expect(
      rows(u, [
        ['Orca 9', 'o9', 'model'],
        ['Brightloop', 'bl', 'lab'],
      ]).map((c) => c[2]),
    ).toEqual(['2023-04-01']);
  });

  it('leaves prose and knowledge cutoffs alone', () => {
    const list: [string, string, Kind][] = [
      ['Orca 9', 'o9', 'model'],
      ['Brightloop', 'bl', 'lab'],
    ];
    expect(rows('Orca 9 beat Brightloop in April 2023 at chess.', list)).toEqual([]);
    expect(rows('| Orca 9 | Brightloop | October 2023 (knowledge cutoff) |', list)).toEqual([]);
  });
});

describe('recall rules: traditional Chinese units', () => {
  it('reads 萬 and 億 like 万 and 亿 ("12.5萬美元", "3,000億")', () => {
    const [cost] = findAmounts('訓練成本為12.5萬美元');
    expect([cost?.value, cost?.money]).toEqual([125000, true]);
    expect(findAmounts('參數量達3,000億')[0]?.value).toBe(3e11);
    const t = '據報導,Orca 9的訓練成本為12.5萬美元。';
    expect(findClaims(t, names(t, [['Orca 9', 'o9', 'model']]), undefined).map((c) => [quote(t)(c), c.kind])).toEqual([
      ['12.5萬美元', 'trainingCost'],
    ]);
  });
});

describe('recall rules: present-tense timelines', () => {
  it('reads "releases" as a release verb ("In March 2023 Brightloop releases Orca 9")', () => {
    const t = 'In March 2023 Brightloop releases Orca 9, its first open model.';
    const found = findClaims(
      t,
      names(t, [
        ['Brightloop', 'bl', 'lab'],
        ['Orca 9', 'o9', 'model'],
      ]),
      undefined,
    ).filter((c) => c.kind === 'releaseDate');
    expect(found.map((c) => [c.subjects[0], c.value.type === 'date' && c.value.from, c.direct])).toEqual([
      ['o9', '2023-03-01', true],
    ]);
  });
});

describe('recall rules: the month May is not the modal "may"', () => {
  it('reads "In May 2023 Brightloop launched Orca 9", but not "Brightloop may launch Orca 9 in 2023"', () => {
    const list: [string, string, Kind][] = [
      ['Brightloop', 'bl', 'lab'],
      ['Orca 9', 'o9', 'model'],
    ];
    const dates = (t: string) =>
      findClaims(t, names(t, list), undefined)
        .filter((c) => c.kind === 'releaseDate')
        .map((c) => c.value.type === 'date' && c.value.from);
    expect(dates('In May 2023 Brightloop launched Orca 9.')).toEqual(['2023-05-01']);
    expect(dates('Brightloop may launch Orca 9 in 2023.')).toEqual([]);
  });
});

describe('recall rules: a lineup larger than the model', () => {
  it('disagrees with a size in a lineup only when it exceeds the model’s largest', async () => {
    const { judge } = await import('@/lib/core/claims/judge');
    const orca = {
      id: 'o9',
      kind: 'model' as const,
      name: 'Orca 9',
      facts: { parametersTotal: { value: 70e9, source: src, asOf: '2025-01-01' } },
      relations: [],
    };
    const verdicts = (t: string) =>
      findClaims(t, names(t, [['Orca 9', 'o9', 'model']]), undefined)
        .filter((c) => c.kind === 'parameters')
        .map((c) => [quote(t)(c), judge(c, () => orca, ['o9'])?.verdict]);
    expect(verdicts('Orca 9 comes in three sizes, with 7 billion, 13 billion and 130 billion parameters.')).toEqual([
      ['130 billion parameters', 'disagrees'],
    ]);
    expect(verdicts('Orca 9 comes in 7 billion and 30 billion parameter versions.')).toEqual([
      ['30 billion parameter', 'cannot-check'],
    ]);
    expect(verdicts('Orca 9 comes in sizes from 8B to 70B parameters.')).toEqual([['70B parameters', 'agrees']]);
  });
});

describe('recall rules: a CEO at the article date', () => {
  const brightloop = (note: string): EntityFacts => ({
    id: 'bl',
    kind: 'lab',
    name: 'Brightloop',
    facts: { leaders: { value: ['Ada Quist'], source: src, asOf: '2026-06-01', note } },
  });
  const ceo = (at?: string) => ({ type: 'person' as const, person: 'p', role: 'ceo' as const, ...(at ? { at } : {}) });

  it('disagrees with another CEO named after the listed CEO took the role, up to the fact’s date', () => {
    const lab = brightloop('Chief executive since 2019, apart from a brief removal in November 2023.');
    expect(checkClaim('people', ceo('2025-02-19'), lab, true, 'Tomas Verne').verdict).toBe('disagrees');
    expect(checkClaim('people', ceo('2025-02-19'), lab, true, 'Ada Quist').verdict).toBe('agrees');
    // The year she took over, a year the note singles out, after the fact's date, or no article date: nothing.
    for (const at of ['2019-06-01', '2023-11-20', '2026-09-01', undefined])
      expect(checkClaim('people', ceo(at), lab, true, 'Tomas Verne').verdict).toBe('cannot-check');
    // Without a date the CEO took the role, nothing.
    expect(checkClaim('people', ceo('2025-02-19'), brightloop('Co-founder.'), true, 'Tomas Verne').verdict).toBe(
      'cannot-check',
    );
  });

  it('passes the article date to a present-tense role ("Brightloop CEO Tomas Verne")', () => {
    const t = 'Brightloop CEO Tomas Verne said the model is ready.';
    const [c] = findClaims(
      t,
      names(t, [
        ['Brightloop', 'bl', 'lab'],
        ['Tomas Verne', 'tv', 'person'],
      ]),
      '2025-02-19',
    ).filter((x) => x.kind === 'people');
    expect(c?.value).toEqual({ type: 'person', person: 'tv', role: 'ceo', at: '2025-02-19' });
    const u = 'In 2021, Brightloop CEO Tomas Verne said the model is ready.';
    const [d] = findClaims(
      u,
      names(u, [
        ['Brightloop', 'bl', 'lab'],
        ['Tomas Verne', 'tv', 'person'],
      ]),
      '2025-02-19',
    ).filter((x) => x.kind === 'people');
    expect(d?.value).toEqual({ type: 'person', person: 'tv', role: 'ceo' });
  });
});

describe('recall rules: a stated total is not the active count', () => {
  it('disagrees with "17 billion total parameters" for a model with 17B active and 400B total', () => {
    const moe = model({
      parametersTotal: { value: 400e9, source: src, asOf: '2025-04-05' },
      parametersActive: { value: 17e9, source: src, asOf: '2025-04-05' },
    });
    const verdict = (t: string) => {
      const [c] = findClaims(t, names(t, [['Orca 9', 'm', 'model']]), undefined);
      return c && checkClaim(c.kind, c.value, moe, c.direct).verdict;
    };
    expect(verdict('Orca 9 has 17 billion total parameters.')).toBe('disagrees');
    expect(verdict('Orca 9 has a total of 17 billion parameters.')).toBe('disagrees');
    expect(verdict('Orca 9 has 17 billion parameters.')).toBe('agrees');
    expect(verdict('Orca 9 has 400 billion total parameters.')).toBe('agrees');
  });
});

describe('recall rules: infobox and spec-list rows', () => {
  const rows = (t: string, list: [string, string, Kind][]) =>
    findClaims(t, names(t, list), undefined).map((c) => [quote(t)(c), c.kind, c.subjects[0], c.direct]);

  it('reads "Parameters: 70B", "Context window | 64K" and "Release date: March 2021" in a row with the name', () => {
    expect(
      rows('Orca 9 | Parameters: 70B | Context window | 64K | Release date: March 2021', [['Orca 9', 'o9', 'model']]),
    ).toEqual([
      ['Parameters: 70B', 'parameters', 'o9', true],
      ['Context window | 64K', 'contextWindow', 'o9', true],
      ['Release date: March 2021', 'releaseDate', 'o9', true],
    ]);
  });

  it('gives a row without a name to the name before it, and hedges a row with two values side by side', () => {
    expect(rows('Orca 9 is a chat model.\nParameters: 70B', [['Orca 9', 'o9', 'model']])).toEqual([
      ['Parameters: 70B', 'parameters', 'o9', true],
    ]);
    const t = 'Orca 9 and Whale 2.\nParameters: 70B | 13B';
    const found = rows(t, [
      ['Orca 9', 'o9', 'model'],
      ['Whale 2', 'w2', 'model'],
    ]);
    expect(found.map((c) => c[3])).toEqual([false]);
  });
});

describe('recall rules: numbers in words', () => {
  it('reads "one trillion", "a one-trillion-parameter" and "two million tokens", never a word without a scale', () => {
    expect(findAmounts('one trillion parameters')[0]?.value).toBe(1e12);
    expect(findAmounts('a one-trillion-parameter model').map((a) => a.value)).toEqual([1e12]);
    expect(findAmounts('two million tokens')[0]?.value).toBe(2e6);
    expect(findAmounts('one of the ten best models, a B-tier entry')).toEqual([]);
    const t = 'Orca 9 offers a context window of one million tokens.';
    expect(findClaims(t, names(t, [['Orca 9', 'o9', 'model']]), undefined).map((c) => [quote(t)(c), c.kind])).toEqual([
      ['one million tokens', 'contextWindow'],
    ]);
  });
});

describe('attribution guards found on the fourth held-out set', () => {
  const one = (t: string, list: [string, string, Kind][], today = '2025-06-01') =>
    findClaims(t, names(t, list), today).map((c) => [c.kind, quote(t)(c), c.subjects[0], c.direct]);

  it('"The model … was released" after a sentence naming a GPU refers to a model, never the GPU', () => {
    const t = 'Training used 512 A100 GPUs for a month. The model was released on March 3, 2024.';
    expect(one(t, [['A100', 'a100', 'chip']]).filter(([k]) => k === 'releaseDate')).toEqual([]);
  });

  it('"created to compete with X and was released in …" is not about X', () => {
    const t = 'Acme Chat was created to compete with Gizmo and was released in May 2023.';
    const found = one(t, [
      ['Acme Chat', 'acme', 'product'],
      ['Gizmo', 'gizmo', 'product'],
    ]);
    expect(found.filter(([k, , id]) => k === 'releaseDate' && id === 'gizmo')).toEqual([]);
  });

  it('a date for "an upgraded version of X" is not X\'s release', () => {
    const t = 'In May 2025, Acme released an upgraded version of Widget 2 alongside Widget Mini.';
    const found = one(t, [
      ['Widget 2', 'w2', 'model'],
      ['Widget Mini', 'wm', 'model'],
    ]);
    expect(found.filter(([, , id]) => id === 'w2')).toEqual([]);
  });

  it('a date beside "a series of … models" is the series\', not a firm claim about one member', () => {
    const t = "Widget 4 is the latest in Acme's series of small language models launched in 2021.";
    const found = one(t, [['Widget 4', 'w4', 'model']]);
    expect(found.filter(([k, , , direct]) => k === 'releaseDate' && direct)).toEqual([]);
  });

  it('a figure in billions beside "Context" is not a context window', () => {
    const t = 'Widget-Large Parameters 123B Context Length 128K Release Date 24 Jul 2024';
    const found = one(t, [['Widget-Large', 'wl', 'model']]);
    expect(found.filter(([k, q]) => k === 'contextWindow' && String(q).includes('123B'))).toEqual([]);
  });
});
