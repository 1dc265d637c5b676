import type { Kind } from '../../../../lib/core/kinds';
import type { Matcher } from '../../../../lib/core/match/build-matcher';
import { findMentions } from '../../../../lib/core/match/find-mentions';
import { resolvePage } from '../../../../lib/core/match/page-rules';
import type { Mention } from '../../../../lib/core/match/types';
import type { NamesLabel, NamesPage, Span } from './names-labels';

/**
 * The content script's pure pipeline on plain text: each non-empty line is a
 * block (as a paragraph would be), the matcher finds names per block, the page
 * rules (ambiguity, about-AI verdict, context-only forms) keep some. Offsets
 * are returned into the whole text.
 */
export function highlight(matcher: Matcher, text: string): Mention[] {
  const lines: { text: string; offset: number }[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) lines.push({ text: line, offset });
    offset += line.length + 1;
  }
  const kept = resolvePage(lines.map((l) => ({ text: l.text, mentions: findMentions(matcher, l.text) })));
  return kept.flatMap((ms, i) =>
    ms.map((m) => ({ ...m, start: m.start + lines[i]!.offset, end: m.end + lines[i]!.offset })),
  );
}

const accepts = (l: NamesLabel, id: string) => l.entity === id || (l.alt?.includes(id) ?? false);

export interface Judged {
  /** Each highlight, right (`ok`) when it overlaps an unused label that accepts its entity. */
  hits: { mention: Mention; span?: Span; ok: boolean }[];
  /** Labelled mentions of dataset entities that no highlight took. */
  misses: Span[];
  /** Right highlights whose text is exactly the label's span. */
  exact: number;
}

/**
 * Compares highlights with the placed labels. A span boundary that differs
 * ("Mistral" in "Mistral.ai") is forgiven when the entity is right; a shorter
 * known name inside a longer unknown one ("DeepSeek-R1" in "DeepSeek-R1-Zero",
 * labelled null) is not, unless the label lists that entity in `alt`.
 */
export function judge(spans: readonly Span[], found: readonly Mention[]): Judged {
  const used = new Set<Span>();
  let exact = 0;
  const hits = found.map((mention) => {
    const over = spans.filter((s) => s.start < mention.end && mention.start < s.end);
    const span = over.find((s) => !used.has(s) && s.label && accepts(s.label, mention.entityId));
    if (!span) return { mention, span: over[0], ok: false };
    used.add(span);
    if (span.start === mention.start && span.end === mention.end) exact++;
    return { mention, span, ok: true };
  });
  return { hits, misses: spans.filter((s) => s.label?.entity && !used.has(s)), exact };
}

/** [right, total] pairs. */
type Ratio = [number, number];
const add = (r: Ratio, ok: boolean) => {
  r[0] += ok ? 1 : 0;
  r[1]++;
};
const bump = <K>(m: Map<K, { recall: Ratio; precision: Ratio }>, k: K) => {
  if (!m.has(k)) m.set(k, { recall: [0, 0], precision: [0, 0] });
  return m.get(k)!;
};

export interface Tally {
  full: Ratio;
  context: Ratio;
  precision: Ratio;
  exact: number;
  byKind: Map<Kind, { recall: Ratio; precision: Ratio }>;
  byLang: Map<string, { recall: Ratio; precision: Ratio }>;
  nonAi: { pages: number; anyHighlight: string[] };
  /** Labelled mentions of entities the dataset lacks. */
  gaps: number;
  /** "miss …" / "false …" patterns with their counts. */
  errors: Map<string, number>;
}

export function emptyTally(): Tally {
  return {
    full: [0, 0],
    context: [0, 0],
    precision: [0, 0],
    exact: 0,
    byKind: new Map(),
    byLang: new Map(),
    nonAi: { pages: 0, anyHighlight: [] },
    gaps: 0,
    errors: new Map(),
  };
}

/** Adds one page's judgement to the tally. */
export function count(t: Tally, page: NamesPage, spans: readonly Span[], j: Judged, kinds: Map<string, Kind>): void {
  const taken = new Set(j.hits.filter((h) => h.ok).map((h) => h.span));
  const lang = bump(t.byLang, page.lang);
  for (const s of spans) {
    if (!s.label) continue;
    if (s.label.entity === null) {
      t.gaps++;
      continue;
    }
    const ok = taken.has(s);
    add(s.label.form === 'full' ? t.full : t.context, ok);
    add(bump(t.byKind, kinds.get(s.label.entity)!).recall, ok);
    add(lang.recall, ok);
  }
  for (const h of j.hits) {
    add(t.precision, h.ok);
    add(bump(t.byKind, kinds.get(h.mention.entityId)!).precision, h.ok);
    add(lang.precision, h.ok);
    if (!h.ok) note(t, `false "${h.mention.matched}" → ${h.mention.entityId} (${why(h.span)})`);
  }
  for (const s of j.misses) note(t, `miss "${s.label!.text}" (${s.label!.entity}, ${s.label!.form})`);
  t.exact += j.exact;
  if (!page.aboutAi) {
    t.nonAi.pages++;
    if (j.hits.length) t.nonAi.anyHighlight.push(page.id);
  }
}

const why = (s: Span | undefined) =>
  !s
    ? 'unlabelled'
    : !s.label
      ? 'other sense'
      : s.label.entity === null
        ? `inside unknown "${s.label.text}"`
        : `is ${s.label.entity}`;
const note = (t: Tally, key: string) => t.errors.set(key, (t.errors.get(key) ?? 0) + 1);
