import { FLAG, flattenTrie, longestAt, openTrie, TrieError } from '@/lib/core/match/flat-trie';
import { isWordChar } from '@/lib/core/match/patterns';
import { addKeyed, type Keyed } from '@/lib/core/match/trie';

// The trie every page walks instead of compiling regexes: the longest key from a place, spaces where keys allow them.
function trieOf(...spellings: string[]) {
  const keyed: Keyed = new Map();
  for (const s of spellings) addKeyed(keyed, s);
  return openTrie(flattenTrie(keyed, isWordChar));
}
const longest = (t: ReturnType<typeof trieOf>, text: string, s = 0) => {
  const first = t.root.get(text.charCodeAt(s));
  return first === undefined ? -1 : longestAt(t, text, s, first);
};

describe('flat trie', () => {
  it('finds the longest key, not the first one that ends', () => {
    const t = trieOf('gpt', 'gpt4', 'gpt4o', 'gpt4o mini');
    expect(longest(t, 'gpt4o mini is out')).toBe('gpt4o mini'.length);
    expect(longest(t, 'gpt4 and')).toBe(4);
    expect(longest(t, 'gpt-x')).toBe(3);
    expect(longest(t, 'gp')).toBe(-1);
  });

  it('takes a space only where some spelling has one', () => {
    const t = trieOf('deepseek v3', 'deepseekv3', 'openai');
    expect(longest(t, 'deepseek v3')).toBe(11);
    expect(longest(t, 'deepseekv3')).toBe(10);
    expect(longest(t, 'open ai')).toBe(-1);
  });

  it('marks the first characters of whole-word names, not of CJK names', () => {
    const t = trieOf('openai', '深度求索');
    expect(t.flag[t.root.get('o'.charCodeAt(0))!]! & FLAG.word).toBeTruthy();
    expect(t.flag[t.root.get('深'.charCodeAt(0))!]! & FLAG.word).toBeFalsy();
    expect(longest(t, '深度求索发布')).toBe(4);
  });

  it('walks names outside the BMP unit by unit', () => {
    const t = trieOf('𝕏ai');
    expect(longest(t, '𝕏ai!')).toBe(4);
  });

  it('refuses columns that do not make a trie, saying what is wrong', () => {
    const good = flattenTrie(new Map([['ab', new Set<number>()]]), isWordChar);
    expect(() => openTrie({ ...good, flag: good.flag.slice(1) })).toThrow(
      new TrieError('trie: columns differ in length'),
    );
    expect(() => openTrie({ ...good, count: '9'.repeat(good.edge.length) })).toThrow(/out of range/);
    expect(() => openTrie({ ...good, count: '0'.repeat(good.edge.length) })).toThrow(/no parent/);
  });
});

describe('word characters', () => {
  it('answers for Latin-1 and general punctuation as the Unicode classes do, without them', () => {
    const word = /^[\p{L}\p{Nd}\p{M}]$/u;
    for (const [from, to] of [
      [0x80, 0xbf],
      [0x2000, 0x206f],
    ] as const)
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        expect(isWordChar(ch), `U+${c.toString(16)}`).toBe(word.test(ch));
      }
  });
});
