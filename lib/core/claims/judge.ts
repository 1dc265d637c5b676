import { sizeInName } from './amounts';
import { aboveLargest, type Checked, checkClaim, type EntityFacts } from './check-claim';
import type { FoundClaim } from './types';

export interface JudgedEntity extends EntityFacts {
  relations: readonly { type: string; target: string }[];
  /** A family ("Qwen", "GPT"): which version a claim means is not sure. */
  isFamily?: boolean;
}

const TIERS =
  /\b(?:mini|small|medium|large|pro|flash|lite|nano|turbo|plus|max|ultra|air|instruct|chat|base|zero|preview|distill)\b/gi;

/**
 * The page wrote a variant the entity's own name does not carry: another size ("Qwen3-30B-A3B" found
 * as Qwen3) or another tier ("phi-3-small" found as Phi-3). Its figures may be that variant's.
 */
function variant(written: string | undefined, name: string): boolean {
  if (!written) return false;
  const size = sizeInName(written);
  if (size !== undefined && size !== sizeInName(name)) return true;
  const own = new Set((name.match(TIERS) ?? []).map((w) => w.toLowerCase()));
  return (written.match(TIERS) ?? []).some((w) => !own.has(w.toLowerCase()));
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
  claim: Pick<FoundClaim, 'kind' | 'value' | 'subjects' | 'direct' | 'viaLab' | 'written' | 'lineup'>,
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
  const person = claim.value.type === 'person' ? (lookup(claim.value.person)?.name ?? claim.value.name) : undefined;
  // Only a claim unmistakably about one release may disagree: not a family's (which version?), and not a
  // size other than the one in the model's own name (the page speaks of a sibling: "the 70-billion version").
  const v = claim.value;
  const named = sizeInName(entity.name);
  const sibling =
    v.type === 'amount' &&
    claim.kind === 'parameters' &&
    named !== undefined &&
    !v.active &&
    (named < v.low || named > v.high);
  const direct = claim.direct && !claim.viaLab && !entity.isFamily && !sibling && !variant(claim.written, entity.name);
  const checked = checkClaim(claim.kind, claim.value, entity, direct, person);
  if (checked.verdict === 'disagrees' && claim.lineup && !aboveLargest(v, entity))
    return { entityId: entity.id, ...checked, verdict: 'cannot-check' };
  return { entityId: entity.id, ...checked };
}
