import { KINDS } from '@/lib/core/kinds';
import { t } from '@/lib/shared/i18n';
import type { PageMention } from '@/lib/shared/protocol';
import { kindLabel } from './labels';

export interface EntityListProps {
  mentions: PageMention[];
  onSelect: (id: string) => void;
  onJump?: (id: string) => void;
}

/** The page's mentions grouped by kind, most mentioned first. */
export function EntityList({ mentions, onSelect, onJump }: EntityListProps) {
  if (!mentions.length) return <p class="ll-empty">{t('popup_empty')}</p>;
  return (
    <div class="ll-groups">
      {KINDS.map((kind) => {
        const group = mentions
          .filter((m) => m.kind === kind)
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
        if (!group.length) return null;
        const titleId = `ll-group-${kind}`;
        return (
          <section key={kind} class="ll-group" aria-labelledby={titleId}>
            <h2 class="ll-group-title" id={titleId}>
              {kindLabel(kind)} <span class="ll-group-count">{group.length}</span>
            </h2>
            <ul class="ll-list">
              {group.map((m) => (
                <li key={m.entityId} class="ll-item" data-entity={m.entityId}>
                  <button type="button" class="ll-item-name" onClick={() => onSelect(m.entityId)}>
                    {m.name}
                    {m.unknownVersion && <span class="ll-version"> {t('popup_unknownVersion', m.unknownVersion)}</span>}
                  </button>
                  {m.country && <span class="ll-country">{m.country}</span>}
                  <span class="ll-count" title={t('popup_mentions', m.count)}>
                    {m.count}
                    <span class="ll-sr"> {t('popup_mentions', m.count)}</span>
                  </span>
                  {onJump && (
                    <button
                      type="button"
                      class="ll-jump"
                      aria-label={t('popup_jump', m.name)}
                      title={t('popup_jump', m.name)}
                      onClick={() => onJump(m.entityId)}
                    >
                      ↧
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
