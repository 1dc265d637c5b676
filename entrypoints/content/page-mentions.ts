import type { PlacedMention } from '@/lib/content/paint/highlight';
import type { MatcherBundle, PageMention } from '@/lib/shared/protocol';
import type { Settings } from '@/lib/shared/settings';

/** The highlight a mention goes into, which picks its style in highlight.css; none for "cards only". */
export function highlightName(s: Settings, m: PlacedMention): string | undefined {
  if (s.highlightStyle === 'none') return undefined;
  return `${s.highlightStyle}-${s.highlightColor === 'kind' ? m.kind : s.highlightColor}`;
}

/** Mentions per entity for the popup. */
export function countMentions(placed: readonly PlacedMention[], data: MatcherBundle | undefined): PageMention[] {
  const byId = new Map(data?.entities.map((e) => [e.id, e]));
  const counts = new Map<string, { count: number; known: boolean; version?: string }>();
  for (const m of placed) {
    const c = counts.get(m.entityId) ?? { count: 0, known: false };
    c.count++;
    c.known ||= !m.unknownVersion;
    c.version ??= m.unknownVersion;
    counts.set(m.entityId, c);
  }
  return [...counts].flatMap(([id, { count, known, version }]) => {
    const e = byId.get(id);
    if (!e) return [];
    return [
      {
        entityId: id,
        name: e.name,
        kind: e.kind,
        count,
        country: e.country,
        ...(known || !version ? {} : { unknownVersion: version }),
      },
    ];
  });
}
