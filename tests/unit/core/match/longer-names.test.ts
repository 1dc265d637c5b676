import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../../../lib/core/match/build-matcher';
import { findMentions } from '../../../../lib/core/match/find-mentions';
import type { MatchAlias } from '../../../../lib/core/match/types';
import { bundledAliases } from './bundled';

// `line` as the background sets it: a model's family, else its developer; a lab or family itself.
const ALIASES: MatchAlias[] = [
  { text: 'GPT', entityId: 'gpt', caseSensitive: true, familyPattern: true, line: 'gpt' },
  { text: 'GPT-4', entityId: 'gpt-4', line: 'gpt' },
  { text: 'GPT-4 Turbo', entityId: 'gpt-4-turbo', line: 'gpt' },
  { text: 'DeepSeek', entityId: 'deepseek', line: 'deepseek' },
  { text: 'DeepSeek-R1', entityId: 'deepseek-r1', line: 'deepseek' },
  { text: 'R1', entityId: 'deepseek-r1', contextOnly: true, line: 'deepseek' },
  { text: 'Mistral', entityId: 'mistral-ai', ambiguous: true, line: 'mistral-ai' },
  { text: 'Mixtral 8x7B', entityId: 'mixtral-8x7b', line: 'mistral-ai' },
  { text: 'Meta', entityId: 'meta', caseSensitive: true, ambiguous: true, line: 'meta' },
  { text: 'Nvidia', entityId: 'nvidia', line: 'nvidia' },
  { text: 'H100', entityId: 'h100' },
  { text: 'Claude', entityId: 'claude', caseSensitive: true, ambiguous: true, familyPattern: true, line: 'claude' },
  { text: 'Kimi', entityId: 'kimi', ambiguous: true, familyPattern: true, line: 'kimi' },
  { text: 'Kimi K2', entityId: 'kimi-k2', line: 'kimi' },
  { text: 'Qwen', entityId: 'qwen', familyPattern: true, line: 'qwen' },
  { text: 'Llama', entityId: 'llama', ambiguous: true, familyPattern: true, line: 'llama' },
  { text: 'Llama 3', entityId: 'llama-3', line: 'llama' },
];
const m = buildMatcher(ALIASES);
const found = (text: string, matcher = m) =>
  findMentions(matcher, text).map((x) => [x.matched, x.entityId, x.unknownVersion ?? '']);

describe('a known name inside a longer, unlisted one is never the shorter entity', () => {
  it("a dated snapshot of a family's model: the family, with the whole name", () => {
    expect(found('GPT-4-0314 and GPT-4-32k')).toEqual([
      ['GPT-4-0314', 'gpt', 'GPT-4-0314'],
      ['GPT-4-32k', 'gpt', 'GPT-4-32k'],
    ]);
  });

  it('a variant of a model with no family: nothing, neither the model nor its developer', () => {
    expect(found('DeepSeek-R1-Zero and Mixtral-8x7b-32kseqlen, then DeepSeek-R1')).toEqual([
      ['DeepSeek-R1', 'deepseek-r1', ''],
    ]);
  });

  it("a lab's API names: the lab, with what follows its name", () => {
    expect(found('Mistral-small, Mistral-medium and Mistral-tiny')).toEqual([
      ['Mistral-small', 'mistral-ai', 'small'],
      ['Mistral-medium', 'mistral-ai', 'medium'],
      ['Mistral-tiny', 'mistral-ai', 'tiny'],
    ]);
  });

  it('a version after a space, letter first: "DeepSeek V4", "Kimi K2.6"', () => {
    expect(found('DeepSeek V4 and Kimi K2.6 beat Kimi K2')).toEqual([
      ['DeepSeek V4', 'deepseek', 'V4'],
      ['Kimi K2.6', 'kimi', 'K2.6'],
      ['Kimi K2', 'kimi-k2', ''],
    ]);
  });

  it('a family line without a version: "Claude Sonnet"', () => {
    expect(found('Claude Sonnet writes code')).toEqual([['Claude Sonnet', 'claude', 'Sonnet']]);
  });

  it('a known longer name still wins, and a size alone keeps the known name', () => {
    expect(found('GPT-4 Turbo and Llama 3 70B')).toEqual([
      ['GPT-4 Turbo', 'gpt-4-turbo', ''],
      ['Llama 3 70B', 'llama-3', ''],
    ]);
  });

  it('leaves English compounds and prose alone: "GPT-4-powered", "DeepSeek-style", "Mistral small models"', () => {
    expect(found('a GPT-4-powered bot, DeepSeek-style training, GPT-4-class, Mistral small models')).toEqual([
      ['GPT-4', 'gpt-4', ''],
      ['DeepSeek', 'deepseek', ''],
      ['GPT-4', 'gpt-4', ''],
      ['Mistral', 'mistral-ai', ''],
    ]);
  });

  it('leaves a lab before another known name, and conglomerates before quarters, alone', () => {
    expect(found('Nvidia H100 and Nvidia-H100; Meta Q3 results; Meta-2 headset')).toEqual([
      ['Nvidia', 'nvidia', ''],
      ['H100', 'h100', ''],
      ['Nvidia', 'nvidia', ''],
      ['H100', 'h100', ''],
      ['Meta', 'meta', ''],
      ['Meta', 'meta', ''],
    ]);
  });

  it('reports no one for a tool named after a model line: "Qwen-Agent", "GPT-4-API"', () => {
    expect(found('the Qwen-Agent framework and the GPT-4-API, then DeepSeek')).toEqual([['DeepSeek', 'deepseek', '']]);
  });

  it('leaves a context-only form as it is ("R1" in "R1-Zero"): the claims rules read the suffix', () => {
    expect(found('R1-Zero')).toEqual([['R1', 'deepseek-r1', '']]);
  });

  it('does not read a quarter or half year as a version: "DeepSeek Q3", "DeepSeek H1"', () => {
    expect(found('DeepSeek Q3 and DeepSeek H1 2025')).toEqual([
      ['DeepSeek', 'deepseek', ''],
      ['DeepSeek', 'deepseek', ''],
    ]);
  });
});

describe("the issue's examples on the bundled dataset", () => {
  const bundled = buildMatcher(bundledAliases());
  const ids = (text: string) => findMentions(bundled, text).map((x) => [x.matched, x.entityId, x.unknownVersion ?? '']);

  it('none of them is reported as the shorter entity', () => {
    const text =
      'GPT-4-0314; DeepSeek-R1-Zero; Mistral-small; Mixtral-8x7b-32kseqlen; Kimi K2.6; DeepSeek V4; Claude Sonnet';
    const hits = ids(text);
    // A longer name after a model with no family is nobody's (DeepSeek-R1, Mixtral 8x7B have none).
    const unlisted = ['DeepSeek-R1-Zero', 'Mixtral-8x7b-32kseqlen'];
    expect(hits.map(([matched]) => matched)).toEqual(text.split('; ').filter((t) => !unlisted.includes(t)));
    // Each is its own entity where the dataset lists it (Kimi K2.6 is), else its line with the version.
    const listed = (id: string, matched: string) =>
      bundledAliases().some((a) => a.entityId === id && a.text === matched);
    expect(hits.every(([matched, id, version]) => version !== '' || listed(id!, matched!))).toBe(true);
    expect(hits.map(([, id]) => id)).not.toEqual(
      expect.arrayContaining(['gpt-4', 'deepseek-r1', 'mixtral-8x7b', 'kimi-k2']),
    );
  });
});
