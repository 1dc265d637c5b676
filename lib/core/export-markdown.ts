import type { PageClaim } from '../shared/claim-schemas';
import type { EntityView } from '../shared/protocol';
import { factRows, formatDate, formatValue } from './fact-rows';

export interface ExportInput {
  url: string;
  title: string;
  summary: string;
  articleDate?: string;
  entities: readonly EntityView[];
  claims: readonly PageClaim[];
  /** "agrees", "disagrees", "cannot be checked" in the reader's language. */
  verdictWords: Record<PageClaim['verdict'], string>;
  /** How many key facts per entity. */
  facts?: number;
}

const esc = (s: string) =>
  s
    .replace(/([\\[\]*_`|<>])/g, '\\$1')
    .replace(/\s+/g, ' ')
    .trim();
const link = (text: string, url: string) => (/^https:\/\//.test(url) ? `[${esc(text)}](${url})` : esc(text));

/**
 * The page's entities with their key facts and sources, and its claims with
 * verdicts, as Markdown for a reader's notes. Every fact keeps its source and
 * as-of date.
 */
export function exportMarkdown(x: ExportInput): string {
  const out: string[] = [`# ${esc(x.title || x.url)}`, '', `<${x.url}>`];
  if (x.articleDate) out.push(`Published ${formatDate(x.articleDate.slice(0, 10))}`);
  out.push('', esc(x.summary), '', '## Mentioned');
  for (const e of x.entities) {
    out.push('', `### ${esc(e.name)} (${e.kind})`, '', esc(e.summary));
    for (const r of factRows(e).slice(0, x.facts ?? 5))
      out.push(`- ${r.key}: ${esc(r.value)} (${link(r.fact.source.title, r.fact.source.url)}, as of ${r.fact.asOf})`);
  }
  if (x.claims.length) {
    out.push('', '## Claims');
    for (const c of x.claims) {
      const fact = c.fact
        ? ` Dataset: ${esc(formatValue(c.factKey ?? '', c.fact.value))} (${link(c.fact.source.title, c.fact.source.url)}, as of ${c.fact.asOf})`
        : '';
      out.push(`- **${x.verdictWords[c.verdict]}** · ${esc(c.entityName)}: “${esc(c.quote)}”.${fact}`);
    }
  }
  return `${out.join('\n')}\n`;
}
