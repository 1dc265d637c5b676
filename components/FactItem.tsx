import type { FactRow } from '@/lib/dataset/fact-rows';
import { formatDate } from '@/lib/dataset/fact-rows';

/** One fact with its provenance: every value on screen can show where it comes from. */
export function FactItem({ row }: { row: FactRow }) {
  const { fact } = row;
  return (
    <div class="ll-fact" data-fact={row.key}>
      <dt>{row.label}</dt>
      <dd>
        <span class="ll-value">{row.value}</span>
        {fact.estimate && <span class="ll-badge">estimate</span>}
        {(fact.note || fact.reportedBy) && (
          <span class="ll-note">
            {fact.reportedBy && <>Reported by {fact.reportedBy}. </>}
            {fact.note}
          </span>
        )}
        <span class="ll-source">
          <a href={fact.source.url} target="_blank" rel="noopener noreferrer" title={fact.source.url}>
            {fact.source.title}
          </a>
          {' · as of '}
          <time dateTime={fact.asOf}>{formatDate(fact.asOf)}</time>
        </span>
      </dd>
    </div>
  );
}
