import type { NameAt } from './types';

const TITLE =
  /\b(?:(co-?)?founders?|(co-?)?founded|(?:chief\s+executive(?:\s+officer)?|CEO)|chairman|chairwoman|president|chief\s+scientist|CTO|chief\s+technology\s+officer)\b/i;

export interface PersonClaim {
  start: number;
  end: number;
  lab: NameAt;
  person: NameAt;
  role: 'ceo' | 'founder' | 'leader';
}

function roleOf(title: string): PersonClaim['role'] {
  if (/found/i.test(title)) return 'founder';
  if (/CEO|chief\s+executive/i.test(title)) return 'ceo';
  return 'leader';
}

/**
 * A person and a lab tied by a title, close together in one clause:
 * "OpenAI CEO Sam Altman", "Sam Altman, the chief executive of OpenAI",
 * "founded by Liang Wenfeng", "Liang Wenfeng founded DeepSeek".
 */
export function personClaims(text: string, labs: NameAt[], people: NameAt[]): PersonClaim[] {
  const out: PersonClaim[] = [];
  for (const person of people) {
    let best: PersonClaim | undefined;
    for (const lab of labs) {
      const [a, b] = lab.end <= person.start ? [lab, person] : [person, lab];
      const between = text.slice(a.end, b.start);
      if (between.length > 45 || /[.;:!?。]/.test(between)) continue;
      const title = TITLE.exec(between);
      if (!title) continue;
      // "Sam Altman, the CEO of OpenAI" / "OpenAI's CEO Sam Altman" / "founded by X" around the lab.
      const link =
        a === lab
          ? /^(?:['’]s)?[\s,]+(?:(?:the|its|former|current|then)\s+)*/
          : /^[\s,]+(?:(?:the|its|former|current|then|who)\s+)*/;
      if (!link.test(between) && !/^\s+(?:co-)?founded\s+$/i.test(between)) continue;
      if (/\bformer|\bthen[- ]|\bex-/i.test(between)) continue;
      const claim = { start: a.start, end: b.end, lab, person, role: roleOf(title[0]) };
      if (!best || b.start - a.end < best.end - best.start) best = claim;
    }
    if (best) out.push(best);
  }
  // "X was founded by A and B": the lab before "founded by", each person after it.
  for (const m of text.matchAll(/\b(?:co-)?founded\s+(?:in\s+\d{4}\s+)?by\b/gi)) {
    const lab = [...labs].reverse().find((l) => l.end <= m.index && m.index - l.end <= 60);
    if (!lab) continue;
    for (const person of people) {
      const gap = text.slice(m.index + m[0].length, person.start);
      if (person.start > m.index && gap.length <= 80 && !/[.;:!?。]/.test(gap) && !out.some((c) => c.person === person))
        out.push({ start: m.index, end: person.end, lab, person, role: 'founder' });
    }
  }
  return out;
}
