import { findDates } from './date-phrases';
import type { FoundClaim, NameAt } from './types';

/** Cell separators, a bracketed place and flags between a row's cells: "| 智谱AI | 🇨🇳 |", "TII (Dubai)". */
const CELLS = /^[\s|｜,/–—-]*$/;
const AFTER_LAB = /^(?:[\s|｜]|\([^()]{1,24}\)|\p{Regional_Indicator}|\p{Extended_Pictographic})*$/u;
/** A date that is not the release: "2023-10 cutoff", "2021 (knowledge)". */
const NOT_RELEASE = /^[\s(|]*(?:knowledge|cutoff|cut-off|training\s+data|data\s+cutoff|deprecat|retire|EOL)/i;

/**
 * Release dates in a table or infobox row with no verb: a model, its maker's cell, then a date
 * ("Falcon 180B TII (Dubai) April 2023 …", "| GLM-5 | 智谱AI | 🇨🇳 | 2025.03 |"). The maker's cell
 * between them is what makes it a row rather than prose.
 */
export function rowDates(text: string, names: readonly NameAt[]): FoundClaim[] {
  const out: FoundClaim[] = [];
  const sorted = [...names].sort((a, b) => a.start - b.start);
  let dates: ReturnType<typeof findDates> | undefined;
  for (const [i, model] of sorted.entries()) {
    const lab = sorted[i + 1];
    if (model.kind !== 'model' || lab?.kind !== 'lab' || !CELLS.test(text.slice(model.end, lab.start))) continue;
    dates ??= findDates(text, undefined);
    const date = dates.find((d) => d.start >= lab.end && d.start - lab.end <= 30);
    if (
      !date ||
      !AFTER_LAB.test(text.slice(lab.end, date.start)) ||
      NOT_RELEASE.test(text.slice(date.end, date.end + 20))
    )
      continue;
    out.push({
      start: model.start,
      end: date.end,
      kind: 'releaseDate',
      value: { type: 'date', from: date.span.from, to: date.span.to, relative: false, announced: false },
      subjects: [model.entityId],
      direct: true,
      written: text.slice(model.start, model.end),
    });
  }
  return out;
}
