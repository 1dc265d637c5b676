import { charAt } from './patterns';
import type { Keyed } from './trie';

/**
 * Every name key as a trie flattened into three strings of one UTF-16 unit per
 * node, in breadth-first order, so a node's children are consecutive. Built
 * once by the background; pages walk it in plain JavaScript. It replaced ~18 KB
 * of regexes that every page had to compile (~10–15 ms of its first second).
 */
export interface FlatTrie {
  /** The unit on the edge into each node; the root's is unused. */
  edge: string;
  /** How many children each node has, plus UNIT_BASE. */
  count: string;
  /** FLAG bits per node, plus UNIT_BASE. */
  flag: string;
}

/** Counts and flags are stored from '0' up, so the strings stay printable in messages. */
const UNIT_BASE = 0x30;

export const FLAG = {
  /** A key ends at this node. */
  end: 1,
  /** A page may write a space before this node's unit ("gpt 4o" for "gpt4o"). */
  gap: 2,
  /** A child of the root that starts Latin (word) names: not right after an ASCII letter or digit. */
  word: 4,
} as const;

interface Build {
  kids: Map<number, Build>;
  flag: number;
}

/** Keys (spaces out, gaps noted: see addKeyed) → a FlatTrie. `isWord` tells a first character of whole-word names. */
export function flattenTrie(keyed: Keyed, isWord: (first: string) => boolean): FlatTrie {
  const root: Build = { kids: new Map(), flag: 0 };
  for (const [key, gaps] of keyed) {
    let n = root;
    for (let d = 0; d < key.length; d++) {
      const u = key.charCodeAt(d);
      let k = n.kids.get(u);
      if (!k) {
        k = { kids: new Map(), flag: d === 0 && isWord(charAt(key, 0)) ? FLAG.word : 0 };
        n.kids.set(u, k);
      }
      if (gaps.has(d)) k.flag |= FLAG.gap;
      n = k;
    }
    n.flag |= FLAG.end;
  }
  let edge = ' ';
  let count = '';
  let flag = String.fromCharCode(UNIT_BASE);
  const queue: Build[] = [root];
  for (let i = 0; i < queue.length; i++) {
    const kids = [...(queue[i] as Build).kids].sort((a, b) => a[0] - b[0]);
    count += String.fromCharCode(UNIT_BASE + kids.length);
    for (const [u, k] of kids) {
      edge += String.fromCharCode(u);
      flag += String.fromCharCode(UNIT_BASE + k.flag);
      queue.push(k);
    }
  }
  return { edge, count, flag };
}

/** A FlatTrie ready to walk: where each node's children start, and the root's children by unit. */
export interface Trie {
  edge: string;
  flag: Uint8Array;
  /** Children of node n: first[n] .. first[n + 1] - 1. */
  first: Int32Array;
  root: Map<number, number>;
}

export class TrieError extends Error {
  override name = 'TrieError';
}

/** Checks the three strings agree (same length, children in range) and indexes them. */
export function openTrie(t: FlatTrie): Trie {
  const n = t.edge.length;
  if (t.count.length !== n || t.flag.length !== n) throw new TrieError('trie: columns differ in length');
  const first = new Int32Array(n + 1);
  const flag = new Uint8Array(n);
  let next = 1;
  for (let i = 0; i < n; i++) {
    first[i] = next;
    next += t.count.charCodeAt(i) - UNIT_BASE;
    flag[i] = t.flag.charCodeAt(i) - UNIT_BASE;
    if (next > n || next < first[i]!) throw new TrieError(`trie: node ${i}'s children are out of range`);
  }
  first[n] = next;
  if (next !== n) throw new TrieError('trie: some nodes have no parent');
  const root = new Map<number, number>();
  for (let k = first[0]!; k < first[1]!; k++) root.set(t.edge.charCodeAt(k), k);
  return { edge: t.edge, flag, first, root };
}

function child(t: Trie, node: number, unit: number): number {
  const { edge, first } = t;
  for (let k = first[node]!, end = first[node + 1]!; k < end; k++) if (edge.charCodeAt(k) === unit) return k;
  return -1;
}

/**
 * The end of the longest key that `text` spells from `s` (a space allowed
 * where a key has a gap), or -1. `startNode` is the root's child for text[s].
 * One path only: keys have no spaces, so at most one child fits each step.
 */
export function longestAt(t: Trie, text: string, s: number, startNode: number): number {
  let node = startNode;
  let i = s + 1;
  let last = t.flag[node]! & FLAG.end ? i : -1;
  for (;;) {
    let u = text.charCodeAt(i);
    let k = child(t, node, u);
    if (k < 0 && u === 32) {
      u = text.charCodeAt(i + 1);
      k = child(t, node, u);
      if (k < 0 || !(t.flag[k]! & FLAG.gap)) return last;
      i++;
    }
    if (k < 0) return last;
    node = k;
    i++;
    if (t.flag[node]! & FLAG.end) last = i;
  }
}
