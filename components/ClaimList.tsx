import { formatDate, formatValue } from '@/lib/core/fact-rows';
import type { PageClaim } from '@/lib/shared/claim-schemas';
import { t } from '@/lib/shared/i18n';
import { factLabel, valueWords } from './labels';
import { SourceLink } from './SourceLink';

export const VERDICT_LABEL = {
  agrees: 'claim_agrees',
  disagrees: 'claim_disagrees',
  'cannot-check': 'claim_cannotCheck',
} as const;

/** What the dataset says about a claim: the value (and other sources' values), its source and as-of date. */
export function DatasetSays({ claim }: { claim: PageClaim }) {
  const f = claim.fact;
  if (!f || !claim.factKey) return <span class="ll-note">{t('claim_noFact')}</span>;
  const words = valueWords();
  const others = (f.alternatives ?? []).map((a) => formatValue(claim.factKey!, a.value, words));
  return (
    <span class="ll-dataset">
      {factLabel(claim.factKey)}: <strong>{formatValue(claim.factKey, f.value, words)}</strong>
      {others.length > 0 && ` (${t('fact_alsoReported', others.join(', '))})`}{' '}
      <SourceLink url={f.source.url} title={f.source.title}>
        {f.source.title}
      </SourceLink>
      , <time dateTime={f.asOf}>{t('card_asOfShort', formatDate(f.asOf))}</time>
      {(f.reportedBy || f.note) && (
        <span class="ll-note">
          {f.reportedBy && `${t('card_reportedBy', f.reportedBy)} `}
          {f.note}
        </span>
      )}
    </span>
  );
}

export interface ClaimListProps {
  claims: readonly PageClaim[];
  /** Shows which entity each claim is about (the popup; the card knows). */
  named?: boolean;
  onJump?: (key: number) => void;
}

/** Claims with their verdicts: the article's words and the dataset's sourced figure side by side. */
export function ClaimList({ claims, named = false, onJump }: ClaimListProps) {
  return (
    <ul class="ll-claims">
      {claims.map((c) => (
        <li key={c.key} class={`ll-claim ll-claim-${c.verdict}`} data-claim={c.key} data-verdict={c.verdict}>
          <span class="ll-verdict">{t(VERDICT_LABEL[c.verdict])}</span>
          {named && <span class="ll-claim-entity">{c.entityName}: </span>}
          <q class="ll-quote">{c.quote}</q>
          {onJump && (
            <button
              type="button"
              class="ll-jump"
              onClick={() => onJump(c.key)}
              aria-label={`${t('popup_jump')}: ${c.quote}`}
            >
              ↓
            </button>
          )}
          <DatasetSays claim={c} />
        </li>
      ))}
    </ul>
  );
}
