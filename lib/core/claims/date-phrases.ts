import { monthNumber } from '../months';
import { addDays, type DaySpan, daySpan, monthSpan, yearSpan } from './days';
import { NUMBER_WORDS } from './number-words';

/** A date written in text, resolved to the days it can mean. */
export interface DatePhrase {
  start: number;
  end: number;
  span: DaySpan;
  /** Resolved against the article's date ("last week"). */
  relative: boolean;
  /** "early 2024", "late 2023": the edges are loose. */
  loose: boolean;
}

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
const month = (s: string) => monthNumber(s)!;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

type Rule = [RegExp, (m: RegExpExecArray, today: string | undefined) => DaySpan | undefined, boolean];

const y = (s: string | undefined) => Number(s);
/** "early 2024" → Jan–Apr; "mid" → May–Aug; "late" → Sep–Dec. */
function partOfYear(part: string | undefined, year: number): DaySpan {
  const p = part?.toLowerCase();
  if (p === 'early') return { from: `${year}-01-01`, to: `${year}-04-30` };
  if (p === 'mid') return { from: `${year}-05-01`, to: `${year}-08-31` };
  if (p === 'late') return { from: `${year}-09-01`, to: `${year}-12-31` };
  return yearSpan(year);
}
/** A month named without its year: the latest such month not after the article. */
function monthBefore(m: number, today: string): DaySpan | undefined {
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  return monthSpan(m <= tm ? ty : ty - 1, m);
}
const weekday = (today: string) => new Date(`${today}T00:00:00Z`).getUTCDay();
const YEAR = '((?:19|20)\\d\\d)';

/* Longest forms first: a rule's match hides shorter ones inside it. */
const RULES: Rule[] = [
  [
    new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}\\b`, 'gi'),
    (m) => daySpan(y(m[3]), month(m[1]!), y(m[2])),
    false,
  ],
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'gi'),
    (m) => daySpan(y(m[3]), month(m[2]!), y(m[1])),
    false,
  ],
  [/\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g, (m) => daySpan(y(m[1]), y(m[2]), y(m[3])), false],
  [/((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, (m) => daySpan(y(m[1]), y(m[2]), y(m[3])), false],
  [/((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月/g, (m) => monthSpan(y(m[1]), y(m[2])), false],
  // "2025.03" in tables: a year and a month, not a decimal (nothing after the month).
  [/(?<![\d.])((?:19|20)\d\d)\.(0[1-9]|1[0-2])(?![\d.]\d?)/g, (m) => monthSpan(y(m[1]), y(m[2])), false],
  [
    new RegExp(`\\b(early|mid|late)?[-\\s]?${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, 'gi'),
    (m) => monthSpan(y(m[3]), month(m[2]!)),
    false,
  ],
  [
    new RegExp(`\\b(?:(early|mid|late)[-\\s](?:in\\s+)?)?${YEAR}\\b(?![-/.]\\d|\\s*(?:年\\s*\\d|%))`, 'gi'),
    (m) => partOfYear(m[1], y(m[2])),
    false,
  ],
  [/((?:19|20)\d\d)\s*年(?!\s*\d)/g, (m) => yearSpan(y(m[1])), false],
  // Relative to the article's date: nothing without one.
  [/(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, (m, t) => (t ? dayInMonthBefore(y(m[1]), y(m[2]), t) : undefined), true],
  [
    new RegExp(`\\b(?:(?:on|in|this|last|past)\\s+)${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d)`, 'gi'),
    (m, t) => (t ? dayInMonthBefore(month(m[1]!), y(m[2]), t) : undefined),
    true,
  ],
  [
    new RegExp(
      `\\b(?:in|this|last|past|since|earlier\\s+in)\\s+${MONTH}\\b(?!\\s*\\d|,?\\s+(?:of\\s+)?(?:19|20)\\d\\d)`,
      'gi',
    ),
    (m, t) => (t ? monthBefore(month(m[1]!), t) : undefined),
    true,
  ],
  [
    /\b(?:earlier\s+)?this\s+month\b|本月|这个月/gi,
    (_, t) => (t ? { from: `${t.slice(0, 8)}01`, to: t } : undefined),
    true,
  ],
  [/\blast\s+month\b|上个?月/gi, (_, t) => (t ? lastMonth(t) : undefined), true],
  [
    /\b(?:earlier\s+)?this\s+year\b|今年/gi,
    (_, t) => (t ? { from: `${t.slice(0, 4)}-01-01`, to: t } : undefined),
    true,
  ],
  [/\blast\s+year\b|去年/gi, (_, t) => (t ? yearSpan(Number(t.slice(0, 4)) - 1) : undefined), true],
  [
    /\b(?:earlier\s+)?this\s+week\b|本周|这周/gi,
    (_, t) => (t ? { from: addDays(t, -weekday(t) - 1), to: t } : undefined),
    true,
  ],
  [
    /\blast\s+week\b|上周/gi,
    (_, t) => (t ? { from: addDays(t, -weekday(t) - 8), to: addDays(t, -weekday(t)) } : undefined),
    true,
  ],
  [/\byesterday\b|昨天|昨日/gi, (_, t) => (t ? { from: addDays(t, -1), to: addDays(t, -1) } : undefined), true],
  [/\btoday\b|\bthis\s+morning\b|今天|今日/gi, (_, t) => (t ? { from: t, to: t } : undefined), true],
  [/前天/g, (_, t) => (t ? { from: addDays(t, -2), to: addDays(t, -2) } : undefined), true],
  [
    /\b(?:on|last)\s+(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/gi,
    (m, t) => (t ? lastWeekday(m[1]!, t) : undefined),
    true,
  ],
  [
    /\b(\d{1,2}|a|an|one|two|three|four|five|six)\s+(day|week|month|year)s?\s+ago\b/gi,
    (m, t) => (t ? ago(m[1]!, m[2]!, t) : undefined),
    true,
  ],
];

function dayInMonthBefore(m: number, d: number, today: string): DaySpan | undefined {
  const ty = Number(today.slice(0, 4));
  const s = daySpan(ty, m, d);
  if (s && s.from <= today) return s;
  return daySpan(ty - 1, m, d);
}
function lastMonth(today: string): DaySpan | undefined {
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  return tm === 1 ? monthSpan(ty - 1, 12) : monthSpan(ty, tm - 1);
}
/** "on Friday" in past-tense reporting: the latest Friday before the article's day. */
function lastWeekday(name: string, today: string): DaySpan {
  const back = (weekday(today) - WEEKDAYS.indexOf(name.toLowerCase()) + 7) % 7 || 7;
  const d = addDays(today, -back);
  return { from: d, to: d };
}
function ago(n: string, unit: string, today: string): DaySpan | undefined {
  const count = Number.isNaN(Number(n)) ? NUMBER_WORDS[n.toLowerCase()] : Number(n);
  if (!count) return undefined;
  const days = { day: 1, week: 7, month: 30, year: 365 }[unit.toLowerCase() as 'day']! * count;
  // Round numbers are loose: "two weeks ago" is 10 to 18 days.
  const slack = Math.max(1, Math.round(days * 0.3));
  return { from: addDays(today, -days - slack), to: addDays(today, -days + slack) };
}

/**
 * Every date phrase in `text`, absolute or (with `today`, the article's date)
 * relative, longest first where they overlap. Without an article date,
 * relative phrases are not resolved at all.
 */
export function findDates(text: string, today: string | undefined): DatePhrase[] {
  const out: DatePhrase[] = [];
  const taken = (s: number, e: number) => out.some((d) => s < d.end && e > d.start);
  for (const [re, make, relative] of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const end = m.index + m[0].trimEnd().length;
      if (taken(start, end)) continue;
      const span = make(m, today);
      const loose = /\b(?:early|mid|late)\b/i.test(m[0]);
      if (span)
        out.push({
          start,
          end,
          span: loose ? { from: addDays(span.from, -31), to: addDays(span.to, 31) } : span,
          relative,
          loose,
        });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
