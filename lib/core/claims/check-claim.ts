import type { Kind } from '../kinds';
import { firstAmount } from './amounts';
import { type DaySpan, gapDays, partialSpan, spanDays } from './days';
import { checkPerson } from './people-check';
import type { ClaimKind, ClaimValue, Verdict } from './types';

/** A sourced fact as the dataset holds it, with the values other sources give. */
export interface FactLike {
  value: unknown;
  source: { url: string; title: string };
  asOf: string;
  reportedBy?: string;
  estimate?: boolean;
  note?: string;
  alternatives?: {
    value: unknown;
    source: { url: string; title: string };
    asOf: string;
    note?: string;
    reportedBy?: string;
  }[];
}

export interface EntityFacts {
  id: string;
  kind: Kind;
  name: string;
  facts: Record<string, FactLike | undefined>;
}

export interface Checked {
  verdict: Verdict;
  /** The fact compared with, when the dataset has one. */
  factKey?: string;
}

/** The fact a claim is about, by the kind of entity. */
function factKeyFor(kind: ClaimKind, e: Pick<EntityFacts, 'kind'>, value: ClaimValue): string | undefined {
  switch (kind) {
    case 'releaseDate':
      return e.kind === 'product' ? 'launchDate' : e.kind === 'chip' ? 'announced' : 'releaseDate';
    case 'parameters':
      return value.type === 'amount' && value.active ? 'parametersActive' : 'parametersTotal';
    case 'openness':
      return 'openWeights';
    case 'people':
      return value.type === 'person' && value.role === 'founder' ? 'founders' : 'leaders';
    default:
      return kind;
  }
}

export const values = (f: FactLike): unknown[] => [f.value, ...(f.alternatives ?? []).map((a) => a.value)];

/** Amounts stated in text facts ("About $5.576M…", "2.788M H800 GPU hours…"). */
function numbers(kind: ClaimKind, f: FactLike): number[] {
  return values(f).flatMap((v) => {
    if (typeof v === 'number') return [v];
    if (typeof v !== 'string') return [];
    const n = firstAmount(v, kind === 'trainingCost');
    return n === undefined ? [] : [n];
  });
}

/**
 * Beyond this relative distance from the claim's own range, a figure disagrees; nearer, LabLens says
 * nothing. Costs and compute are wider: sources count different parts of a run (pre-training alone, the
 * final run, everything).
 */
const MARGIN: Partial<Record<ClaimKind, number>> = { trainingCost: 0.15, trainingCompute: 0.1 };

function checkAmount(kind: ClaimKind, v: Extract<ClaimValue, { type: 'amount' }>, e: EntityFacts): Checked {
  const key = factKeyFor(kind, e, v)!;
  const main = e.facts[key];
  // "17 billion parameters" for a model with 109B total and 17B active: either count agrees.
  const other = kind === 'parameters' && !v.active && !v.total ? e.facts.parametersActive : undefined;
  const facts = [main, other].filter((f): f is FactLike => !!f);
  if (!facts.length) return { verdict: 'cannot-check' };
  const ns = facts.flatMap((f) => numbers(kind, f));
  if (!ns.length) return { verdict: 'cannot-check', factKey: key };
  // 128K is 128,000 or 131,072 tokens: a round thousand also stands for its binary twin, and back.
  const scaled =
    kind === 'contextWindow'
      ? ns.flatMap((n) => [
          n,
          ...(n % 1000 === 0 ? [n * 1.024] : []),
          ...(n % 1024 === 0 && n % 1000 !== 0 ? [n / 1.024] : []),
        ])
      : ns;
  const within = (n: number, m: number) => n >= v.low * (1 - m) && n <= v.high * (1 + m);
  const factKey = main ? key : 'parametersActive';
  if (scaled.some((n) => within(n, 0.02))) return { verdict: 'agrees', factKey };
  // Where sources disagree, a figure between their values agrees.
  const range = main ? numbers(kind, main) : [];
  if (range.length > 1 && v.low >= Math.min(...range) && v.high <= Math.max(...range))
    return { verdict: 'agrees', factKey };
  if (scaled.every((n) => !within(n, MARGIN[kind] ?? 0.05))) return { verdict: 'disagrees', factKey };
  return { verdict: 'cannot-check', factKey };
}

/** A size above every size the dataset gives the model (its total and the other sources' totals). */
export function aboveLargest(v: ClaimValue, e: EntityFacts): boolean {
  const f = e.facts.parametersTotal;
  const ns = f ? numbers('parameters', f) : [];
  return v.type === 'amount' && ns.length > 0 && v.low > Math.max(...ns) * 1.05;
}

function checkDate(v: Extract<ClaimValue, { type: 'date' }>, f: FactLike): Verdict {
  const spans = values(f)
    .flatMap((x) => (typeof x === 'string' ? [partialSpan(x)] : []))
    .filter((s): s is DaySpan => !!s);
  if (!spans.length) return 'cannot-check';
  const claim = { from: v.from, to: v.to };
  // A day either way for time zones; relative phrases ("last week") a little more. Founding dates that
  // differ by source (incorporation, announcement) are the dataset's alternatives, not slack.
  // A day of slack only where a day is named: "June 2020" is not May 2020, the day after its last.
  const slack = (s: DaySpan) => (v.relative ? 2 : spanDays(claim) > 1 && spanDays(s) > 1 ? 0 : 1);
  if (spans.some((s) => gapDays(claim, s) <= slack(s))) return 'agrees';
  // Where sources disagree, anything between their dates agrees ("May" between April and July).
  const first = spans.reduce((a, b) => (a.from < b.from ? a : b)).from;
  const last = spans.reduce((a, b) => (a.to > b.to ? a : b)).to;
  if (spans.length > 1 && claim.from >= first && claim.to <= last) return 'agrees';
  // "Announced" before the release can be the announcement: only an announcement after it is wrong.
  if (v.announced && spans.every((s) => claim.to < s.from)) return 'cannot-check';
  return 'disagrees';
}

export const NORMAL = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');

/**
 * The verdict on one claim about one entity. `direct`: the claim is
 * unmistakably about this entity; only then can it disagree. Precision
 * first: close figures, announcements before a release, and places and
 * people that the dataset does not list say nothing.
 */
export function checkClaim(
  kind: ClaimKind,
  value: ClaimValue,
  e: EntityFacts,
  direct: boolean,
  personName?: string,
): Checked {
  const key = factKeyFor(kind, e, value);
  const f = key ? e.facts[key] : undefined;
  const result = ((): Checked => {
    if (value.type === 'vague') return { verdict: 'cannot-check', ...(f ? { factKey: key } : {}) };
    if (value.type === 'amount') return checkAmount(kind, value, e);
    if (!f || !key) return { verdict: 'cannot-check' };
    if (value.type === 'date') return { verdict: checkDate(value, f), factKey: key };
    if (value.type === 'open') {
      if (typeof f.value !== 'boolean') return { verdict: 'cannot-check', factKey: key };
      return { verdict: f.value === value.open ? 'agrees' : 'disagrees', factKey: key };
    }
    if (value.type === 'place') {
      const said = NORMAL(value.country ?? value.text);
      const ok = values(f).some((x) => typeof x === 'string' && NORMAL(x).includes(said));
      // Where a lab "is" (founded in Paris, based in New York) is too loose to call wrong.
      return { verdict: ok ? 'agrees' : 'cannot-check', factKey: key };
    }
    return { verdict: checkPerson(key, f, value, personName), factKey: key };
  })();
  if (result.verdict === 'disagrees' && !direct) return { ...result, verdict: 'cannot-check' };
  return result;
}
