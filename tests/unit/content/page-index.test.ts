// @vitest-environment happy-dom

import type { PlacedMention } from '@/lib/content/paint/highlight';
import { PageIndex } from '@/lib/content/read/page-index';
import { readTextBlocks } from '@/lib/content/read/text-blocks';
import { buildMatcher } from '@/lib/core/match/build-matcher';
import type { MatchAlias } from '@/lib/core/match/types';

// Resolving is incremental (a live blog appends blocks); it must always equal resolving the page from scratch.
const ALIASES: MatchAlias[] = [
  { text: 'OpenAI', entityId: 'openai' },
  { text: 'Sam Altman', entityId: 'sam-altman' },
  { text: 'Altman', entityId: 'sam-altman', contextOnly: true },
  { text: 'Gemini', entityId: 'gemini', ambiguous: true, caseSensitive: true },
];
const KINDS = new Map([
  ['openai', 'lab'],
  ['sam-altman', 'person'],
  ['gemini', 'model'],
]);
const matcher = buildMatcher(ALIASES);
const all = () => true;
const texts = (ms: readonly PlacedMention[]) => ms.map((m) => `${m.matched}:${m.entityId}`);

function append(index: PageIndex, html: string): void {
  const p = document.createElement('div');
  p.innerHTML = html;
  document.body.append(p);
  for (const b of readTextBlocks(p)) index.add(b);
}

function fromScratch(firstOnly = false): string[] {
  const index = new PageIndex(matcher, KINDS);
  for (const b of readTextBlocks(document.body)) index.add(b);
  return texts(index.resolve(all, firstOnly));
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('PageIndex.resolve, block by block', () => {
  it('lets earlier context-only forms count once a later block names the entity in full', () => {
    const index = new PageIndex(matcher, KINDS);
    append(index, '<p>Altman spoke first.</p>');
    expect(texts(index.resolve(all, false))).toEqual([]);
    append(index, '<p>Later, Sam Altman of OpenAI explained.</p>');
    const found = texts(index.resolve(all, false));
    expect(found).toEqual(['Altman:sam-altman', 'Sam Altman:sam-altman', 'OpenAI:openai']);
    expect(found).toEqual(fromScratch());
  });

  it('lets earlier ambiguous names count once the page turns out to be about AI', () => {
    const index = new PageIndex(matcher, KINDS);
    append(index, '<p>Gemini answered first.</p>');
    expect(texts(index.resolve(all, false))).toEqual([]);
    append(index, '<p>OpenAI has news.</p>');
    expect(texts(index.resolve(all, false))).toEqual(['Gemini:gemini', 'OpenAI:openai']);
  });

  it('appends only new blocks to the same list, keeping first-mention-only across them', () => {
    const index = new PageIndex(matcher, KINDS);
    append(index, '<p>OpenAI and Sam Altman.</p>');
    const first = index.resolve(all, true);
    append(index, '<p>OpenAI again, and Altman.</p>');
    const second = index.resolve(all, true);
    expect(second).toBe(first);
    expect(texts(second)).toEqual(['OpenAI:openai', 'Sam Altman:sam-altman']);
    expect(texts(second)).toEqual(fromScratch(true));
  });

  it('starts over when the filter changes or blocks are forgotten', () => {
    const index = new PageIndex(matcher, KINDS);
    append(index, '<p>OpenAI and Sam Altman.</p>');
    expect(texts(index.resolve(all, false))).toHaveLength(2);
    const labsOnly = (m: PlacedMention) => m.kind === 'lab';
    expect(texts(index.resolve(labsOnly, false))).toEqual(['OpenAI:openai']);
    index.forget(new Set([document.body.firstElementChild as Node]), false);
    expect(texts(index.resolve(labsOnly, false))).toEqual([]);
  });
});
