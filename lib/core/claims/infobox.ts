import { findAmounts } from './amounts';
import type { RawClaim } from './claim-patterns';
import { findDates } from './date-phrases';
import type { ClaimKind } from './types';

/** Infobox and spec-list labels, each followed by a colon or a cell bar and its value. */
const LABELS: [ClaimKind, RegExp, 'amount' | 'date', number][] = [
  ['parameters', /(?:parameters?|parameter\s+count|params|model\s+size|参数(?:量|规模)?)/, 'amount', 1e8],
  [
    'contextWindow',
    /(?:context(?:\s+(?:window|length|size))?|max(?:imum)?\s+context(?:\s+(?:window|length))?|上下文(?:长度|窗口)?)/,
    'amount',
    1000,
  ],
  [
    'trainingTokens',
    /(?:training\s+tokens|pre-?training\s+tokens|training\s+data\s+size|训练(?:数据|token)量?)/,
    'amount',
    1e9,
  ],
  ['releaseDate', /(?:release\s+date|released|initial\s+release|launch\s+date|launched|发布(?:日期|时间))/, 'date', 0],
  ['founded', /(?:founded|established|founding\s+date|成立(?:时间|日期))/, 'date', 0],
];
const SEP = String.raw`\s*[:：|｜]\s*`;
const ROW = new RegExp(
  LABELS.map(([kind, label]) => `(?<${kind}>(?:^|[|｜]\\s*|\\b)${label.source}${SEP})`).join('|'),
  'giu',
);

/** A sentence that is an infobox row ("Parameters: 175B", "| Release date | March 2021 |"): it is about the page's subject. */
export const ROW_LABEL = new RegExp(`^\\s*[|｜]?\\s*(?:${LABELS.map(([, l]) => l.source).join('|')})${SEP}`, 'iu');

/**
 * Values under an infobox or spec-list label: "Parameters: 175B", "Context window | 128K", "Release
 * date: March 2021". Only the value right after the label; a second value beside it (another column)
 * makes the row ambiguous, and then it is hedged.
 */
export function labelledValues(text: string, today: string | undefined): RawClaim[] {
  const out: RawClaim[] = [];
  for (const m of text.matchAll(ROW)) {
    const [kind, , type, min] = LABELS.find(([k]) => m.groups?.[k] !== undefined)!;
    const at = m.index + m[0].length;
    const start = m.index + Math.max(0, m[0].search(/[^\s|｜]/));
    if (type === 'amount') {
      const [a, next] = findAmounts(text.slice(at, at + 60)).filter((x) => !x.money && x.value >= min);
      if (!a || a.start > 2) continue;
      const end = at + a.end + (/^[\s-]*tokens?\b/i.exec(text.slice(at + a.end))?.[0].length ?? 0);
      const beside = !!next && /^[\s|/,;]*$/.test(text.slice(at + a.end, at + next.start).replace(/tokens?/gi, ''));
      const value = { type: 'amount' as const, low: a.low, high: a.high, active: false };
      out.push({ start, end, kind, value, hedged: beside });
    } else {
      const d = findDates(text.slice(at, at + 40), today).find((x) => x.start <= 2);
      if (!d) continue;
      const value = { type: 'date' as const, from: d.span.from, to: d.span.to, relative: d.relative, announced: false };
      out.push({ start, end: at + d.end, kind, value });
    }
  }
  return out;
}
