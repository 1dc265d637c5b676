import { formatDate } from '@/lib/core/fact-rows';
import { atTimeOf, placeIn } from '@/lib/core/relative';
import { t } from '@/lib/shared/i18n';
import type { EntityView } from '@/lib/shared/protocol';
import { SourceLink } from './SourceLink';

type Item = NonNullable<EntityView['timeline']>[number];

const Dated = ({ item }: { item: Item }) => (
  <SourceLink url={item.source.url} title={t('card_sourceOf', item.source.title, formatDate(item.asOf))}>
    {formatDate(item.date)}
  </SourceLink>
);

/**
 * A lab's or family's models in time, and a version's place in its family.
 * With the article's date: the newest model at that time and what came
 * since. Every date links its source.
 */
export function Timeline({
  entity,
  articleDate,
  limit = 3,
}: {
  entity: EntityView;
  articleDate?: string;
  limit?: number;
}) {
  const items = entity.timeline ?? [];
  if (!items.length) return null;
  const family = entity.relations.find((r) => r.type === 'family' && !r.inverse);
  const place = family ? placeIn(items, entity.id) : undefined;
  const at = articleDate && !family ? atTimeOf(items, articleDate) : undefined;
  const since = at?.since ?? [];
  return (
    <section class="ll-timeline" aria-label={t('timeline_title')}>
      {place && (
        <p>
          {t('timeline_place', place.n, place.total, family!.targetName)}.{' '}
          {place.before && (
            <span class="ll-line" data-line="before">
              {t('timeline_before', place.before.name, formatDate(place.before.date))}.{' '}
            </span>
          )}
          {place.after ? (
            <span class="ll-line" data-line="after">
              {t('timeline_after', place.after.name, formatDate(place.after.date))}.
            </span>
          ) : (
            <span class="ll-line">{t('timeline_latest')}</span>
          )}
        </p>
      )}
      {at && (
        <p data-line="newest">
          {at.newest ? (
            <>
              {t('timeline_newest', entity.name, at.newest.name)} (<Dated item={at.newest} />
              ).
            </>
          ) : (
            t('timeline_noneYet', entity.name)
          )}{' '}
          {since.length > 0 && (
            <span data-line="since">
              {t('timeline_since')}{' '}
              {since.slice(0, limit).map((i, n) => (
                <span key={i.id}>
                  {n > 0 && ', '}
                  {i.name} (<Dated item={i} />)
                </span>
              ))}
              {since.length > limit && `, ${t('timeline_more', since.length - limit)}`}.
            </span>
          )}
        </p>
      )}
      {!place && !at && (
        <p data-line="versions">
          {t('timeline_latestVersions')}{' '}
          {items.slice(-limit).map((i, n) => (
            <span key={i.id}>
              {n > 0 && ', '}
              {i.name} (<Dated item={i} />)
            </span>
          ))}
          .
        </p>
      )}
      <ol class="ll-dots" aria-hidden="true">
        {items.slice(-8).map((i) => (
          <li
            key={i.id}
            class={i.id === entity.id ? 'll-here' : undefined}
            title={`${i.name} · ${formatDate(i.date)}`}
          />
        ))}
      </ol>
    </section>
  );
}
