import { KIND_LABELS } from '@/lib/dataset/fact-rows';
import type { EntityView } from '@/lib/messaging';
import { Card } from './Card';

export interface EntityDetailsProps {
  entity: EntityView;
  onSelect: (id: string) => void;
}

/** Everything LabLens knows about one entity: all facts, then the entities that point to it. */
export function EntityDetails({ entity, onSelect }: EntityDetailsProps) {
  const inverse = entity.relations.filter((r) => r.inverse);
  return (
    <div class="ll-details">
      <Card entity={entity} limit={Number.POSITIVE_INFINITY} />
      {inverse.length > 0 && (
        <section class="ll-related" aria-label="Related">
          <h3>Related</h3>
          <ul class="ll-list">
            {inverse.map((r) => (
              <li key={`${r.type}-${r.target}`}>
                <button type="button" class="ll-item-name" onClick={() => onSelect(r.target)}>
                  {r.targetName}
                </button>{' '}
                <span class="ll-kind">{KIND_LABELS[r.targetKind]}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {entity.aliases.length > 1 && (
        <p class="ll-aliases">
          Also written:{' '}
          {entity.aliases
            .map((a) => a.text)
            .filter((t) => t !== entity.name)
            .join(', ')}
        </p>
      )}
    </div>
  );
}
