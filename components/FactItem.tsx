import type { FactRow } from '@/lib/core/fact-rows';
import { formatDate, formatValue } from '@/lib/core/fact-rows';
import { t } from '@/lib/shared/i18n';
import { factLabel, valueWords } from './labels';
import { SourceLink } from './SourceLink';

export interface FactItemProps {
  row: FactRow;
  /** Compact (hover card): the source is a small link; full (popup): title, date and notes spelled out. */
  compact?: boolean;
  onSelect?: (id: string) => void;
}

/** One fact with its provenance: every value on screen can show where it comes from. */
export function FactItem({ row, compact = false, onSelect }: FactItemProps) {
  const { fact } = row;
  // Where sources disagree, every value shows: the range is the fact.
  const others = (fact.alternatives ?? []).map((a) => formatValue(row.key, a.value, valueWords()));
  const asOf = formatDate(fact.asOf);
  const sourceLink = (
    <SourceLink url={fact.source.url} title={t('card_sourceOf', fact.source.title, asOf)}>
      {compact ? t('card_source') : fact.source.title}
    </SourceLink>
  );
  const value =
    row.targets && onSelect
      ? row.targets.map((x, i) => (
          <>
            {i > 0 && ', '}
            <button type="button" class="ll-link" onClick={() => onSelect(x.id)}>
              {x.name}
            </button>
          </>
        ))
      : row.value;
  return (
    <div class="ll-fact" data-fact={row.key}>
      <dt>{factLabel(row.key)}</dt>
      <dd>
        <span class="ll-value">{value}</span>
        {others.length > 0 && <span class="ll-also"> ({t('fact_alsoReported', others.join(', '))})</span>}
        {fact.estimate && <span class="ll-badge">{t('card_estimate')}</span>}
        {compact ? (
          <span class="ll-source"> {sourceLink}</span>
        ) : (
          <>
            {(fact.note || fact.reportedBy) && (
              <span class="ll-note">
                {fact.reportedBy && `${t('card_reportedBy', fact.reportedBy)} `}
                {fact.note}
              </span>
            )}
            <span class="ll-source">
              {sourceLink} · <time dateTime={fact.asOf}>{t('card_asOfShort', asOf)}</time>
            </span>
          </>
        )}
      </dd>
    </div>
  );
}
