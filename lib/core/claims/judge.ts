import { type Checked, checkClaim, type EntityFacts } from './check-claim';
import type { FoundClaim } from './types';

export interface JudgedEntity extends EntityFacts {
  relations: readonly { type: string; target: string }[];
}

export interface Judged extends Checked {
  /** The entity the claim was checked against (a lab's model when the lab stood in for it). */
  entityId: string;
}

/**
 * The verdict on a found claim: picks its subject, and for a lab standing in
 * for its model ("DeepSeek's open-source model"), the lab's model this page
 * names, latest first. `pageEntities`: the page's entity ids in page order.
 */
export function judge(
  claim: Pick<FoundClaim, 'kind' | 'value' | 'subjects' | 'direct' | 'viaLab'>,
  lookup: (id: string) => JudgedEntity | undefined,
  pageEntities: readonly string[],
): Judged | undefined {
  let entity = claim.subjects.map(lookup).find((e) => !!e);
  if (!entity) return undefined;
  if (claim.viaLab) {
    const lab = entity.id;
    const model = [...pageEntities]
      .reverse()
      .map(lookup)
      .find((e) => e?.kind === 'model' && e.relations.some((r) => r.type === 'developer' && r.target === lab));
    if (!model) return undefined;
    entity = model;
  }
  const person = claim.value.type === 'person' ? lookup(claim.value.person)?.name : undefined;
  return { entityId: entity.id, ...checkClaim(claim.kind, claim.value, entity, claim.direct && !claim.viaLab, person) };
}
