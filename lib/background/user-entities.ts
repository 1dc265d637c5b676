import { compileMatcher } from '../core/match/build-matcher';
import type { MatchAlias } from '../core/match/types';
import { t } from '../shared/i18n';
import type { EntitySummary, EntityView, MatcherBundle } from '../shared/protocol';
import { getUserEntities, type UserEntity } from '../shared/user-entities';

/** The user's own entities beside the dataset's: in the matcher, in cards, in search. */
export const isUserId = (id: string) => id.startsWith('user:');

/** A card for the user's own entry: their note and link, labelled as theirs and not a sourced fact. */
function userEntityView(e: UserEntity): EntityView {
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    summary: e.note,
    summarySources: e.link ? [{ url: e.link, title: t('card_userLink') }] : [],
    aliases: [e.name, ...e.aliases].map((text) => ({ text })),
    facts: {},
    relations: [],
    userEntry: true,
    datasetAsOf: e.updated,
  };
}

export async function getUserEntityView(id: string): Promise<EntityView | null> {
  const e = (await getUserEntities()).find((x) => x.id === id);
  return e ? userEntityView(e) : null;
}

let last: { key: string; bundle: MatcherBundle } | undefined;

/**
 * The dataset's matcher with the user's names added. The user's names come
 * first, so where one spells a dataset name the user's entry wins. Compiling
 * costs tens of milliseconds, so the result is kept until either side changes.
 */
export function withUserEntities(bundle: MatcherBundle, users: readonly UserEntity[]): MatcherBundle {
  if (!users.length) return bundle;
  const key = `${bundle.version}\n${JSON.stringify(users)}`;
  if (last?.key === key) return last.bundle;
  const own: MatchAlias[] = users.flatMap((e) =>
    [...new Set([e.name, ...e.aliases])].map((text) => ({ text, entityId: e.id })),
  );
  const aliases = [...own, ...bundle.aliases];
  const merged: MatcherBundle = {
    ...bundle,
    entities: [...users.map((e) => ({ id: e.id, name: e.name, kind: e.kind })), ...bundle.entities],
    aliases,
    compiled: compileMatcher(aliases),
  };
  last = { key, bundle: merged };
  return merged;
}

/** The user's entities whose name or alias starts with the query, for the popup's search. */
export async function searchUserEntities(query: string): Promise<EntitySummary[]> {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  return (await getUserEntities())
    .filter((e) => [e.name, ...e.aliases].some((a) => a.toLowerCase().startsWith(q)))
    .map((e) => ({ id: e.id, name: e.name, kind: e.kind }));
}
