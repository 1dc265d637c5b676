import type { PageSummary } from '@/lib/core/page-summary';
import { type MessageKey, t } from '@/lib/shared/i18n';

/** "This article mentions 6 labs (4 United States, 1 China, 1 France) and 4 models; 1 claim disagrees with the dataset". */
export function summaryText(s: PageSummary): string {
  if (!s.counts.length) return '';
  const parts = s.counts.map(({ kind, n, countries }) => {
    const words = t(`sum_${kind}_${n === 1 ? 'one' : 'other'}` as MessageKey, n);
    return countries.length ? `${words} (${countries.map(([c, k]) => `${k} ${c}`).join(', ')})` : words;
  });
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')}${t('sum_and')}${parts.at(-1)}` : parts[0]!;
  const disagree = s.disagreements
    ? t(s.disagreements === 1 ? 'sum_disagree_one' : 'sum_disagree_other', s.disagreements)
    : '';
  return `${t('sum_start', list)}${disagree}`;
}
