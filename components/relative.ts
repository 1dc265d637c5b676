import type { Relative } from '@/lib/core/relative';
import { t } from '@/lib/shared/i18n';

/** "25 days before this article", in the reader's language. */
export function relativeWords(r: Relative): string {
  if (r.dir === 'same') return t('rel_sameDay');
  const key = {
    day: { before: 'rel_daysBefore', after: 'rel_daysAfter' },
    month: { before: 'rel_monthsBefore', after: 'rel_monthsAfter' },
    year: { before: 'rel_yearsBefore', after: 'rel_yearsAfter' },
  } as const;
  return t(key[r.unit][r.dir], r.n);
}
