import { formatDate } from '@/lib/core/fact-rows';
import type { ArticleInfo, PageClaim } from '@/lib/shared/claim-schemas';
import { t } from '@/lib/shared/i18n';
import { ClaimList } from './ClaimList';

export interface ClaimsSectionProps {
  article: ArticleInfo;
  claims: readonly PageClaim[];
  onJump?: (key: number) => void;
}

/** The popup's "Claims on this page": the article's date, counts per verdict, and each claim with the dataset's figure. */
export function ClaimsSection({ article, claims, onJump }: ClaimsSectionProps) {
  const count = (v: PageClaim['verdict']) => claims.filter((c) => c.verdict === v).length;
  // Disagreements first: they are what a reader most needs to see.
  const order = { disagrees: 0, agrees: 1, 'cannot-check': 2 } as const;
  const sorted = [...claims].sort((a, b) => order[a.verdict] - order[b.verdict] || a.key - b.key);
  return (
    <section class="ll-claims-section" aria-labelledby="ll-claims-title">
      <h2 class="ll-group-title" id="ll-claims-title">
        {t('popup_claims')}
      </h2>
      <p class="ll-article-date">
        {article.date
          ? t(article.certain === false ? 'popup_publishedUrl' : 'popup_published', formatDate(article.date))
          : t('popup_noDate')}
      </p>
      {claims.length ? (
        <>
          <p class="ll-claim-counts">
            {t('popup_claimCounts', count('agrees'), count('disagrees'), count('cannot-check'))}
          </p>
          <ClaimList claims={sorted} named onJump={onJump} />
        </>
      ) : (
        <p class="ll-empty">{t('popup_noClaims')}</p>
      )}
    </section>
  );
}
