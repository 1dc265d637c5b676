/** Calendar days as ISO strings (YYYY-MM-DD) and inclusive spans of them. No time zones: a day is a day. */
export interface DaySpan {
  from: string;
  to: string;
}

const DAY = 86_400_000;

const toDay = (t: number): string => new Date(t).toISOString().slice(0, 10);
const dayTime = (d: string): number => Date.parse(`${d}T00:00:00Z`);
export const addDays = (d: string, n: number): string => toDay(dayTime(d) + n * DAY);
const daysBetween = (a: string, b: string): number => Math.round((dayTime(b) - dayTime(a)) / DAY);

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A whole month (m: 1–12), a whole year, or one day. Undefined for impossible dates. */
export function monthSpan(y: number, m: number): DaySpan | undefined {
  if (m < 1 || m > 12) return undefined;
  return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
}
export const yearSpan = (y: number): DaySpan => ({ from: `${y}-01-01`, to: `${y}-12-31` });
export function daySpan(y: number, m: number, d: number): DaySpan | undefined {
  if (m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return undefined;
  const s = `${y}-${pad(m)}-${pad(d)}`;
  return { from: s, to: s };
}

/** "2024", "2024-12" or "2024-12-26" (the dataset's partial dates) as a span. */
export function partialSpan(date: string): DaySpan | undefined {
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return undefined;
  if (!m) return yearSpan(y);
  return d ? daySpan(y, m, d) : monthSpan(y, m);
}

/** Days from the end of one span to the start of the other; 0 when they overlap. */
export function gapDays(a: DaySpan, b: DaySpan): number {
  if (a.to < b.from) return daysBetween(a.to, b.from);
  if (b.to < a.from) return daysBetween(b.to, a.from);
  return 0;
}

export const spanDays = (s: DaySpan): number => daysBetween(s.from, s.to) + 1;
