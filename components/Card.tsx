import { factRows, formatDate } from '@/lib/core/fact-rows';
import { relativeTo } from '@/lib/core/relative';
import type { PageClaim } from '@/lib/shared/claim-schemas';
import { type MessageKey, t } from '@/lib/shared/i18n';
import type { EntityView } from '@/lib/shared/protocol';
import { ClaimList } from './ClaimList';
import { FactItem } from './FactItem';
import { kindLabel, valueWords } from './labels';
import { relativeWords } from './relative';
import { SourceLink } from './SourceLink';
import { Timeline } from './Timeline';

export interface CardProps {
  entity: EntityView;
  /** Facts shown before "More"; the popup shows them all. */
  limit?: number;
  /** The page text that matched, when it is not the entity's own name. */
  matched?: string;
  /** The page named a version of this family that the dataset does not have yet, as written ("V4"). */
  unknownVersion?: string;
  compact?: boolean;
  onMore?: () => void;
  onClose?: () => void;
  onMute?: () => void;
  onSelect?: (id: string) => void;
  /** The article's publication date: dates are also given relative to it. Without one, nothing relative is said. */
  articleDate?: string;
  /** What the page claims about this entity, with verdicts. */
  claims?: readonly PageClaim[];
}

const DATED: Record<string, MessageKey> = {
  releaseDate: 'rel_released',
  launchDate: 'rel_launched',
  announced: 'rel_announced',
  founded: 'rel_founded',
};

/** "Released 26 Dec 2024, 25 days before this article." */
function RelativeLine({ entity, articleDate }: { entity: EntityView; articleDate?: string }) {
  const key = Object.keys(DATED).find((k) => entity.facts[k]);
  const fact = key && entity.facts[key];
  if (!key || !fact || typeof fact.value !== 'string') return null;
  const rel = relativeTo(fact.value, articleDate);
  if (!rel) return null;
  return (
    <p class="ll-relative" data-relative={key}>
      {t('rel_line', t(DATED[key]!), formatDate(fact.value), relativeWords(rel))}.{' '}
      <SourceLink url={fact.source.url} title={t('card_sourceOf', fact.source.title, formatDate(fact.asOf))}>
        {t('card_source')}
      </SourceLink>
    </p>
  );
}

/** A size the page's name gives ("7B") that none of the entity's parameter counts has. */
function otherSize(matched: string, entity: EntityView): string | undefined {
  const m = /(?:^|[-\s])(\d+(?:\.\d+)?)\s?B\b/i.exec(matched);
  if (!m) return undefined;
  const said = Number(m[1]) * 1e9;
  const counts = ['parametersTotal', 'parametersActive'].flatMap((k) => {
    const f = entity.facts[k];
    return f ? [f.value, ...(f.alternatives ?? []).map((a) => a.value)] : [];
  });
  if (!counts.length || counts.some((v) => typeof v === 'number' && Math.abs(v - said) / said < 0.1)) return undefined;
  return `${m[1]}B`;
}

/** The entity card: pure, props in, markup out. The hover card and the popup's details both use it. */
export function Card(props: CardProps) {
  const {
    entity,
    limit = 6,
    matched,
    unknownVersion,
    compact = false,
    onMore,
    onClose,
    onMute,
    onSelect,
    articleDate,
  } = props;
  const claims = props.claims ?? [];
  // The page names another size of this release ("DeepSeek-Prover-V2-7B" on the 671B entity): its size figures would be wrong.
  const size = matched ? otherSize(matched, entity) : undefined;
  const rows = factRows(entity, valueWords()).filter((r) => !size || !r.key.startsWith('parameters'));
  const shown = rows.slice(0, limit);
  const titleId = `ll-title-${entity.id}`;
  const source = entity.summarySources[0];
  return (
    <section
      class={compact ? 'll-card ll-compact' : 'll-card'}
      role="dialog"
      aria-labelledby={titleId}
      data-entity={entity.id}
    >
      <header class="ll-head">
        <h2 id={titleId} class="ll-name" tabIndex={-1}>
          {entity.name}
        </h2>
        <span class={`ll-kind ll-kind-${entity.kind}`}>{kindLabel(entity.kind, entity.isFamily)}</span>
        {onClose && (
          <button type="button" class="ll-close" aria-label={t('card_close')} onClick={onClose}>
            ×
          </button>
        )}
      </header>
      {unknownVersion ? (
        <p class="ll-unknown">
          {t('card_unknownVersion', entity.name, unknownVersion, formatDate(entity.datasetAsOf))}
        </p>
      ) : (
        matched && matched !== entity.name && <p class="ll-matched">{t('card_matched', matched)}</p>
      )}
      {size && <p class="ll-unknown">{t('card_otherSize', size, entity.name)}</p>}
      {entity.userEntry && <p class="ll-unknown ll-user-entry">{t('card_userEntry')}</p>}
      <p class="ll-summary">
        {entity.summary}{' '}
        {source && (
          <SourceLink url={source.url} title={source.title}>
            {t(entity.userEntry ? 'card_userLink' : 'card_source')}
          </SourceLink>
        )}
      </p>
      <RelativeLine entity={entity} articleDate={articleDate} />
      {shown.length > 0 && (
        <dl class="ll-facts">
          {shown.map((r) => (
            <FactItem key={r.key} row={r} compact={compact} onSelect={onSelect} />
          ))}
        </dl>
      )}
      <Timeline entity={entity} articleDate={articleDate} />
      {claims.length > 0 && (
        <section class="ll-page-claims" aria-label={t('card_claims', entity.name)}>
          <h3 class="ll-group-title">{t('card_claims', entity.name)}</h3>
          <ClaimList claims={claims} />
        </section>
      )}
      <footer class="ll-foot">
        <span>{t(entity.userEntry ? 'card_userEdited' : 'card_asOf', formatDate(entity.datasetAsOf))}</span>
        <span class="ll-actions">
          {onMute && (
            <button type="button" class="ll-more" onClick={onMute}>
              {t('card_mute')}
            </button>
          )}
          {onMore && (
            <button type="button" class="ll-more" onClick={onMore}>
              {rows.length > shown.length ? t('card_more', rows.length - shown.length) : t('card_details')}
            </button>
          )}
        </span>
      </footer>
    </section>
  );
}
