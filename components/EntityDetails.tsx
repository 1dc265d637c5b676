import { relationGroups } from '@/lib/core/fact-rows';
import { t } from '@/lib/shared/i18n';
import type { EntityView } from '@/lib/shared/protocol';
import { Card } from './Card';
import { kindLabel, relationGroupLabel } from './labels';

export interface EntityDetailsProps {
  entity: EntityView;
  onSelect: (id: string) => void;
  onMute?: () => void;
}

/** Everything LabLens knows about one entity: all facts with sources, then what points to it. */
export function EntityDetails({ entity, onSelect, onMute }: EntityDetailsProps) {
  const groups = relationGroups(entity, true);
  const others = entity.aliases.map((a) => a.text).filter((x) => x !== entity.name);
  return (
    <div class="ll-details">
      <Card entity={entity} limit={Number.POSITIVE_INFINITY} onSelect={onSelect} onMute={onMute} />
      {[...groups].map(([type, rels]) => (
        <section key={type} class="ll-related" aria-label={relationGroupLabel(type)}>
          <h3 class="ll-group-title">{relationGroupLabel(type)}</h3>
          <ul class="ll-list">
            {rels.map((r) => (
              <li key={r.target} class="ll-item">
                <button type="button" class="ll-item-name" onClick={() => onSelect(r.target)}>
                  {r.targetName}
                </button>
                <span class="ll-item-kind">{kindLabel(r.targetKind)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {others.length > 0 && <p class="ll-aliases">{t('popup_alsoWritten', others.join(', '))}</p>}
    </div>
  );
}
