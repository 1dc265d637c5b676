import { factRows, formatDate, KIND_LABELS } from '@/lib/dataset/fact-rows';
import type { EntityView } from '@/lib/messaging';
import { FactItem } from './FactItem';

export interface CardProps {
  entity: EntityView;
  /** Facts shown before "More"; the popup shows them all. */
  limit?: number;
  /** The page text that matched, when it is not the entity's own name. */
  matched?: string;
  onMore?: () => void;
  onClose?: () => void;
}

/** The hover card: pure, props in, markup out. Mounted in a shadow root by the content script. */
export function Card({ entity, limit = 6, matched, onMore, onClose }: CardProps) {
  const rows = factRows(entity);
  const shown = rows.slice(0, limit);
  const titleId = `ll-title-${entity.id}`;
  return (
    <section class="ll-card" role="dialog" aria-labelledby={titleId} data-entity={entity.id}>
      <header class="ll-head">
        <h2 id={titleId} class="ll-name">
          {entity.name}
        </h2>
        <span class={`ll-kind ll-kind-${entity.kind}`}>
          {entity.isFamily ? `${KIND_LABELS[entity.kind]} family` : KIND_LABELS[entity.kind]}
        </span>
        {onClose && (
          <button type="button" class="ll-close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        )}
      </header>
      {matched && matched !== entity.name && <p class="ll-matched">Matched “{matched}”</p>}
      <p class="ll-summary">
        {entity.summary}{' '}
        <a class="ll-summary-source" href={entity.summarySources[0]?.url} target="_blank" rel="noopener noreferrer">
          [source]
        </a>
      </p>
      {shown.length > 0 && (
        <dl class="ll-facts">
          {shown.map((r) => (
            <FactItem key={r.key} row={r} />
          ))}
        </dl>
      )}
      <footer class="ll-foot">
        <span>LabLens data as of {formatDate(entity.datasetAsOf)}</span>
        {onMore && (
          <button type="button" class="ll-more" onClick={onMore}>
            {rows.length > shown.length ? `More (${rows.length - shown.length})` : 'Details'}
          </button>
        )}
      </footer>
    </section>
  );
}
