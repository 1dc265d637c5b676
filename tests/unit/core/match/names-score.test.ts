import { describe, expect, it } from 'vitest';
import type { Kind } from '../../../../lib/core/kinds';
import type { Mention } from '../../../../lib/core/match/types';
import { type NamesPage, placeLabels } from './names-labels';
import { count, emptyTally, judge } from './names-score';

const page = (text: string, mentions: NamesPage['mentions'], traps?: string[]): NamesPage => ({
  id: 'p',
  url: 'https://example.com/p',
  title: 'p',
  lang: 'en',
  aboutAi: true,
  split: 'dev',
  text,
  mentions,
  ...(traps ? { traps } : {}),
});
const found = (text: string, matched: string, entityId: string, from = 0): Mention => {
  const start = text.indexOf(matched, from);
  return { start, end: start + matched.length, entityId, matched };
};

describe('placeLabels', () => {
  it('counts whole tokens outside longer labels and traps', () => {
    const p = page(
      'DeepSeek-R1 and DeepSeek-R1-Zero; R1x; Grace Hopper built Hopper.',
      [
        { text: 'DeepSeek-R1', entity: 'deepseek-r1', form: 'full', count: 1 },
        { text: 'DeepSeek-R1-Zero', entity: null, form: 'full', count: 1 },
        { text: 'R1', entity: 'deepseek-r1', form: 'context', count: 1 },
        { text: 'Hopper', entity: 'hopper', form: 'full', count: 1 },
      ],
      ['Grace Hopper'],
    );
    const counts = [...placeLabels(p).found].map(([l, n]) => [l.text, n]);
    // "R1" only inside the longer names or glued to "x": no free occurrence, so its count of 1 is a mismatch.
    expect(counts).toEqual([
      ['DeepSeek-R1-Zero', 1],
      ['DeepSeek-R1', 1],
      ['Hopper', 1],
      ['R1', 0],
    ]);
  });
});

describe('judge and count', () => {
  const text = 'Mistral.ai ships Le Chat. DeepSeek-R1-Zero differs. Grace Hopper.';
  const p = page(
    text,
    [
      { text: 'Mistral.ai', entity: 'mistral-ai', form: 'full', count: 1 },
      { text: 'Le Chat', entity: 'le-chat', form: 'full', count: 1 },
      { text: 'DeepSeek-R1-Zero', entity: null, form: 'full', count: 1 },
    ],
    ['Grace Hopper'],
  );
  const kinds = new Map<string, Kind>([
    ['mistral-ai', 'lab'],
    ['le-chat', 'product'],
    ['deepseek-r1', 'model'],
    ['hopper', 'chip'],
  ]);

  it('forgives a span boundary for the right entity, not a shorter name inside an unknown one or another sense', () => {
    const { spans } = placeLabels(p);
    const j = judge(spans, [
      found(text, 'Mistral', 'mistral-ai'),
      found(text, 'DeepSeek-R1', 'deepseek-r1'),
      found(text, 'Hopper', 'hopper'),
    ]);
    expect(j.hits.map((h) => h.ok)).toEqual([true, false, false]);
    expect(j.exact).toBe(0);
    expect(j.misses.map((s) => s.label?.text)).toEqual(['Le Chat']);

    const t = emptyTally();
    count(t, p, spans, j, kinds);
    expect(t.full).toEqual([1, 2]);
    expect(t.precision).toEqual([1, 3]);
    expect(t.gaps).toBe(1);
    expect(t.byKind.get('product')?.recall).toEqual([0, 1]);
    expect([...t.errors.keys()].sort()).toEqual([
      'false "DeepSeek-R1" → deepseek-r1 (inside unknown "DeepSeek-R1-Zero")',
      'false "Hopper" → hopper (other sense)',
      'miss "Le Chat" (le-chat, full)',
    ]);
  });

  it('accepts an alternative entity and takes each labelled span once', () => {
    const q = page('Cursor and Cursor', [
      { text: 'Cursor', entity: 'cursor-editor', form: 'full', count: 2, alt: ['anysphere'] },
    ]);
    const { spans } = placeLabels(q);
    const a = found(q.text, 'Cursor', 'anysphere');
    const j = judge(spans, [a, a, found(q.text, 'Cursor', 'cursor-editor', 1)]);
    expect(j.hits.map((h) => h.ok)).toEqual([true, false, true]);
  });
});
