import { KINDS, type Kind } from './kinds';

export interface SummaryInput {
  mentions: readonly { kind: Kind; country?: string }[];
  disagreements: number;
}

export interface PageSummary {
  counts: { kind: Kind; n: number; countries: [string, number][] }[];
  disagreements: number;
}

/** What the article mentions by kind (labs by country, most first) and how many of its claims disagree. */
export function pageSummary({ mentions, disagreements }: SummaryInput): PageSummary {
  const counts = KINDS.flatMap((kind) => {
    const of = mentions.filter((m) => m.kind === kind);
    if (!of.length) return [];
    const byCountry = new Map<string, number>();
    if (kind === 'lab')
      for (const m of of) if (m.country) byCountry.set(m.country, (byCountry.get(m.country) ?? 0) + 1);
    const countries = [...byCountry].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return [{ kind, n: of.length, countries }];
  });
  return { counts, disagreements };
}
