import { useState } from 'preact/hooks';
import { t } from '@/lib/shared/i18n';

export interface ItemListProps {
  id: string;
  title: string;
  empty: string;
  items: { key: string; label: string }[];
  onRemove: (key: string) => void;
  /** When given, a field to add an item (sites); normalises and validates before calling. */
  onAdd?: (value: string) => void;
}

/** A titled list with remove buttons, and optionally an add field: disabled sites, hidden names. */
export function ItemList({ id, title, empty, items, onRemove, onAdd }: ItemListProps) {
  const [draft, setDraft] = useState('');
  return (
    <section class="ll-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {items.length ? (
        <ul class="ll-list" id={id}>
          {items.map((it) => (
            <li key={it.key} class="ll-item" data-key={it.key}>
              <span class="ll-item-label">{it.label}</span>
              <button
                type="button"
                class="ll-more"
                onClick={() => onRemove(it.key)}
                aria-label={`${t('options_remove')} ${it.label}`}
              >
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="ll-empty">{empty}</p>
      )}
      {onAdd && (
        <form
          class="ll-add"
          onSubmit={(e) => {
            e.preventDefault();
            if (draft.trim()) onAdd(draft.trim());
            setDraft('');
          }}
        >
          <input
            id={`${id}-input`}
            type="text"
            aria-label={t('options_addSite')}
            placeholder={t('options_sitePlaceholder')}
            value={draft}
            onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          />
          <button type="submit" class="ll-more">
            {t('options_addSite')}
          </button>
        </form>
      )}
    </section>
  );
}
