import { useState } from 'preact/hooks';
import { VERDICT_LABEL } from '@/components/ClaimList';
import { ClaimsSection } from '@/components/ClaimsSection';
import { EntityList } from '@/components/EntityList';
import { summaryText } from '@/components/summary';
import { exportMarkdown } from '@/lib/core/export-markdown';
import { pageSummary } from '@/lib/core/page-summary';
import { t } from '@/lib/shared/i18n';
import type { PageMention } from '@/lib/shared/protocol';
import { settle } from '@/lib/shared/report';
import { popupToContent, uiToBackground } from '@/lib/shared/rpc-clients';
import { type Tab, usePageClaims } from './hooks';

export interface PageViewProps {
  tab: Tab;
  mentions: PageMention[];
  complete: boolean;
  refreshes: number;
  onSelect: (id: string) => void;
}

/** The current page: its summary line, what it mentions, its claims, and the Markdown export. */
export function PageView({ tab, mentions, complete, refreshes, onSelect }: PageViewProps) {
  const claims = usePageClaims(tab, complete, refreshes);
  const [copied, setCopied] = useState<'ok' | 'failed' | undefined>();
  const list = claims.value?.claims ?? [];
  const summary = summaryText(
    pageSummary({ mentions, disagreements: list.filter((c) => c.verdict === 'disagrees').length }),
  );

  // A click is the user gesture the clipboard needs; entities are fetched for their key facts and sources.
  const copy = async () => {
    const entities = (await Promise.all(mentions.map((m) => uiToBackground('getEntity', { id: m.entityId })))).filter(
      (e) => e !== null,
    );
    const words = {
      agrees: t(VERDICT_LABEL.agrees),
      disagrees: t(VERDICT_LABEL.disagrees),
      'cannot-check': t(VERDICT_LABEL['cannot-check']),
    };
    const md = exportMarkdown({
      url: tab.url,
      title: tab.title,
      summary,
      articleDate: claims.value?.article.date,
      entities,
      claims: list,
      verdictWords: words,
    });
    await navigator.clipboard.writeText(md);
  };

  return (
    <>
      {summary && <p class="ll-summary-line">{summary}</p>}
      <EntityList
        mentions={mentions}
        onSelect={onSelect}
        onJump={(id) => void settle(popupToContent(tab.id, 'jumpTo', { entityId: id }), 'jumping')}
      />
      {!complete && <p class="ll-reading">{t('popup_readingRest')}</p>}
      {claims.value && (
        <ClaimsSection
          article={claims.value.article}
          claims={list}
          onJump={(key) => void settle(popupToContent(tab.id, 'jumpToClaim', { key }), 'jumping to a claim')}
        />
      )}
      {mentions.length > 0 && complete && (
        <p class="ll-export">
          <button
            type="button"
            class="ll-more"
            onClick={() =>
              copy().then(
                () => setCopied('ok'),
                () => setCopied('failed'),
              )
            }
          >
            {t('popup_export')}
          </button>{' '}
          <span role="status">
            {copied === 'ok' ? t('popup_copied') : copied === 'failed' ? t('popup_copyFailed') : ''}
          </span>
        </p>
      )}
    </>
  );
}
