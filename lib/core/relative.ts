import { gapDays, partialSpan } from './claims/days';

/** How far a dated fact lies from the article's date, in the unit its precision allows. */
export interface Relative {
  unit: 'day' | 'month' | 'year';
  n: number;
  dir: 'before' | 'after' | 'same';
}

/**
 * "26 Dec 2024" against an article of 20 Jan 2025 → 25 days before. A month
 * or a year as precise as the fact ("2024-12" → months). Undefined without an
 * article date: LabLens then says nothing relative to the article.
 */
export function relativeTo(date: string, articleDate: string | undefined): Relative | undefined {
  const span = partialSpan(date);
  const day = articleDate && partialSpan(articleDate.slice(0, 10));
  if (!span || !day) return undefined;
  const [fy, fm] = date.split('-').map(Number) as [number, number?];
  const [ay, am] = day.from.split('-').map(Number) as [number, number];
  const precision = date.length >= 10 ? 'day' : date.length === 7 ? 'month' : 'year';
  // As precise as the fact: a year-only date is "about 2 years before", never "13 months".
  if (precision === 'year') {
    const n = Math.abs(ay - fy);
    return n ? { unit: 'year', n, dir: fy < ay ? 'before' : 'after' } : undefined;
  }
  if (precision === 'month') {
    const months = ay * 12 + am - (fy * 12 + fm!);
    if (!months) return undefined;
    const dir = months > 0 ? 'before' : 'after';
    const n = Math.abs(months);
    return n < 24 ? { unit: 'month', n, dir } : { unit: 'year', n: Math.round(n / 12), dir };
  }
  const gap = gapDays(span, day);
  if (gap === 0) return { unit: 'day', n: 0, dir: 'same' };
  const dir = span.to < day.from ? 'before' : 'after';
  if (gap < 60) return { unit: 'day', n: gap, dir };
  if (gap < 730) return { unit: 'month', n: Math.round(gap / 30.44), dir };
  return { unit: 'year', n: Math.round(gap / 365.25), dir };
}

export interface TimelineItem {
  id: string;
  name: string;
  date: string;
}

/** The newest item at the article's date, and what came after it (oldest first). */
export function atTimeOf<T extends TimelineItem>(items: readonly T[], articleDate: string): { newest?: T; since: T[] } {
  const day = articleDate.slice(0, 10);
  // Only surely earlier dates are "at the time": the same day, or a month or year that may include it, came "since".
  const before = items.filter((i) => (partialSpan(i.date)?.to ?? '9999') < day);
  const since = items.filter((i) => !before.includes(i));
  return { newest: before.at(-1), since };
}

/** A version's place among its family's dated versions. */
export function placeIn<T extends TimelineItem>(items: readonly T[], id: string) {
  const i = items.findIndex((x) => x.id === id);
  if (i < 0) return undefined;
  return { n: i + 1, total: items.length, before: items[i - 1], after: items[i + 1] };
}
