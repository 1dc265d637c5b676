import { KIND_LABELS } from '@/lib/dataset/fact-rows';
import type { PageMention } from '@/lib/messaging';

export interface EntityListProps {
  mentions: PageMention[];
  onSelect: (id: string) => void;
  onJump?: (id: string) => void;
}

const KIND_ORDER = ['lab', 'model', 'product', 'person', 'chip'] as const;

/** The page's mentions grouped by kind, most mentioned first. */
export function EntityList({ mentions, onSelect, onJump }: EntityListProps) {
  if (!mentions.length)
    return <p class="ll-empty">No AI labs, models, products, people or chips found on this page.</p>;
  return (
    <div class="ll-groups">
      {KIND_ORDER.map((kind) => {
        const group = mentions
          .filter((m) => m.kind === kind)
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
        if (!group.length) return null;
        return (
          <section key={kind} class="ll-group" aria-label={KIND_LABELS[kind]}>
            <h2 class="ll-group-title">{KIND_LABELS[kind]}</h2>
            <ul class="ll-list">
              {group.map((m) => (
                <li key={m.entityId} class="ll-item" data-entity={m.entityId}>
                  <button type="button" class="ll-item-name" onClick={() => onSelect(m.entityId)}>
                    {m.name}
                  </button>
                  <span class="ll-count" title={`${m.count} mentions`}>
                    {m.count}
                    <span class="ll-sr"> mentions</span>
                  </span>
                  {onJump && (
                    <button
                      type="button"
                      class="ll-jump"
                      aria-label={`Jump to ${m.name}`}
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
