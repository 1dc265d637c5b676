import { factRows, formatDate } from '@/lib/core/fact-rows';
import { t } from '@/lib/shared/i18n';
import type { EntityView } from '@/lib/shared/protocol';
import { FactItem } from './FactItem';
import { kindLabel, valueWords } from './labels';

export interface CardProps {
  entity: EntityView;
  /** Facts shown before "More"; the popup shows them all. */
  limit?: number;
  /** The page text that matched, when it is not the entity's own name. */
  matched?: string;
  /** The page named a version of this family that the dataset does not have yet. */
  unknownVersion?: boolean;
  compact?: boolean;
  onMore?: () => void;
  onClose?: () => void;
  onMute?: () => void;
  onSelect?: (id: string) => void;
}

/** The entity card: pure, props in, markup out. The hover card and the popup's details both use it. */
export function Card(props: CardProps) {
  const { entity, limit = 6, matched, unknownVersion, compact = false, onMore, onClose, onMute, onSelect } = props;
  const rows = factRows(entity, valueWords());
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
      {unknownVersion && matched ? (
        <p class="ll-unknown">
          <strong>{matched}</strong>: {t('card_unknownVersion', entity.name, formatDate(entity.datasetAsOf))}
        </p>
      ) : (
        matched && matched !== entity.name && <p class="ll-matched">{t('card_matched', matched)}</p>
      )}
      <p class="ll-summary">
        {entity.summary}{' '}
        {source && (
          <a class="ll-source-link" href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
            {t('card_source')}
          </a>
        )}
      </p>
      {shown.length > 0 && (
        <dl class="ll-facts">
          {shown.map((r) => (
            <FactItem key={r.key} row={r} compact={compact} onSelect={onSelect} />
          ))}
        </dl>
      )}
      <footer class="ll-foot">
        <span>{t('card_asOf', formatDate(entity.datasetAsOf))}</span>
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
