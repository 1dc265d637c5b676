import { t } from '@/lib/shared/i18n';
import type { EntitySummary } from '@/lib/shared/protocol';
import { kindLabel } from './labels';

/** Dataset search hits: any entity, not only the page's. */
export function SearchResults({ results, onSelect }: { results: EntitySummary[]; onSelect: (id: string) => void }) {
  if (!results.length) return <p class="ll-empty">{t('popup_noResults')}</p>;
  return (
    <ul class="ll-list" aria-label={t('popup_searchResults')}>
      {results.map((r) => (
        <li key={r.id} class="ll-item" data-entity={r.id}>
          <button type="button" class="ll-item-name" onClick={() => onSelect(r.id)}>
            {r.name}
          </button>
          <span class="ll-item-kind">{kindLabel(r.kind)}</span>
        </li>
      ))}
    </ul>
  );
}
