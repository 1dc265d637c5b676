/**
 * Deterministic, real-looking test data for the matcher's speed tests:
 * ~5,000 aliases shaped like the dataset's (labs, model versions with tiers,
 * people with context-only surnames, CJK names) and long news-like text.
 */
import type { MatchAlias } from '../../../../lib/core/match/types';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SYL = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ven',
  'tor',
  'qua',
  'zen',
  'el',
  'dro',
  'nix',
  'sa',
  'ber',
  'on',
  'tri',
  'ax',
  'lu',
  'mo',
];
const TIERS = ['', ' Pro', ' Flash', ' mini', ' Turbo', ' Instruct', ' Max', ' Lite'];
const FIRST = ['Anna', 'Boris', 'Chen', 'Dario', 'Elena', 'Farid', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kofi', 'Lena'];
const HAN = '智谱清言百川通义千问月之暗面深度求索零一万物阶跃星辰商汤科技讯飞星火文心一言混元豆包';

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

export function generateAliases(count = 5000, seed = 42): MatchAlias[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  const word = (n: number) => cap(Array.from({ length: n }, () => pick(SYL)).join(''));
  const out: MatchAlias[] = [];
  const seen = new Set<string>();
  const add = (a: MatchAlias) => {
    if (seen.has(a.text.toLowerCase()) || out.length >= count) return;
    seen.add(a.text.toLowerCase());
    out.push(a);
  };
  for (let i = 0; out.length < count; i++) {
    const kind = i % 5;
    if (kind === 0) {
      const lab = word(2 + Math.floor(r() * 2));
      add({ text: lab, entityId: `lab-${i}` });
      add({ text: `${lab} AI`, entityId: `lab-${i}` });
    } else if (kind === 1 || kind === 2) {
      const family = word(2);
      add({ text: family, entityId: `fam-${i}`, familyPattern: true });
      for (let v = 1; v <= 4; v++)
        add({ text: `${family}-${v}.${Math.floor(r() * 10)}${pick(TIERS)}`, entityId: `model-${i}-${v}` });
    } else if (kind === 3) {
      const last = word(2);
      add({ text: `${pick(FIRST)} ${last}`, entityId: `person-${i}` });
      add({ text: last, entityId: `person-${i}`, contextOnly: true });
    } else {
      const n = 2 + Math.floor(r() * 3);
      add({ text: Array.from({ length: n }, () => pick([...HAN])).join(''), entityId: `cjk-${i}` });
    }
  }
  return out;
}

const FILLER =
  'The company said on Tuesday that its new system would be available to customers next month, ' +
  'according to people familiar with the plans, while analysts questioned the costs of the metadata pipeline. ';

/** About `length` characters of prose with an alias every ~400 characters. */
export function generateText(aliases: MatchAlias[], length = 200_000, seed = 7): string {
  const r = rng(seed);
  const parts: string[] = [];
  let n = 0;
  while (n < length) {
    const piece = `${FILLER.slice(0, 100 + Math.floor(r() * 100))} ${aliases[Math.floor(r() * aliases.length)]!.text}'s ${FILLER}`;
    parts.push(piece);
    n += piece.length;
  }
  return parts.join('').slice(0, length);
}
