import { relativeTo } from '@/lib/core/relative';
import type { PageClaim } from '@/lib/shared/claim-schemas';
import { t } from '@/lib/shared/i18n';
import { DatasetSays, VERDICT_LABEL } from './ClaimList';
import { relativeWords } from './relative';

export interface ClaimCardProps {
  claim: PageClaim;
  /** For a date, how far it lies from the article. */
  articleDate?: string;
  onClose?: () => void;
}

/** The card for a claim: what the article says, and what LabLens's dataset says with its source. */
export function ClaimCard({ claim, articleDate, onClose }: ClaimCardProps) {
  const date = claim.fact && typeof claim.fact.value === 'string' ? claim.fact.value : undefined;
  const rel = date && /^\d{4}(-\d\d){0,2}$/.test(date) ? relativeTo(date, articleDate) : undefined;
  const titleId = `ll-claim-${claim.key}`;
  return (
    <section
      class={`ll-card ll-compact ll-claim-card ll-claim-${claim.verdict}`}
      role="dialog"
      aria-labelledby={titleId}
      data-claim={claim.key}
      data-verdict={claim.verdict}
    >
      <header class="ll-head">
        <h2 id={titleId} class="ll-name" tabIndex={-1}>
          {t(VERDICT_LABEL[claim.verdict])}
        </h2>
        {onClose && (
          <button type="button" class="ll-close" aria-label={t('card_close')} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      <p class="ll-matched">{t('claim_about', claim.entityName)}</p>
      <dl class="ll-facts">
        <div class="ll-fact">
          <dt>{t('claim_articleSays')}</dt>
          <dd>
            <q class="ll-quote">{claim.quote}</q>
            {claim.said && <span class="ll-said"> ({claim.said})</span>}
          </dd>
        </div>
        <div class="ll-fact">
          <dt>{t('claim_datasetSays')}</dt>
          <dd>
            <DatasetSays claim={claim} />
            {rel && <span class="ll-relative">{relativeWords(rel)}</span>}
          </dd>
        </div>
      </dl>
    </section>
  );
}
