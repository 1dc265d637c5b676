import type { Kind } from '../kinds';

/** What an article can claim about a name, and what LabLens checks. */
export const CLAIM_KINDS = [
  'releaseDate',
  'parameters',
  'contextWindow',
  'trainingTokens',
  'trainingCompute',
  'trainingCost',
  'openness',
  'founded',
  'headquarters',
  'country',
  'people',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

export const VERDICTS = ['agrees', 'disagrees', 'cannot-check'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What the article says, in a form that can be compared with the dataset. */
export type ClaimValue =
  | { type: 'date'; from: string; to: string; relative: boolean; announced: boolean }
  /** `total`: the words say it is the total ("17 billion total parameters"), so it is not the active count. */
  | { type: 'amount'; low: number; high: number; active: boolean; total?: boolean }
  | { type: 'open'; open: boolean }
  | { type: 'place'; text: string; country?: string }
  /**
   * `person`: the person's entity id, or '' with `name` as written when LabLens has no entity for them;
   * `at`: the article's date, when the role is said in the present.
   */
  | { type: 'person'; person: string; role: 'ceo' | 'founder' | 'leader'; name?: string; at?: string }
  /** A claim too vague to check ("a fraction of the budget"): the dataset's figure is still shown beside it. */
  | { type: 'vague' };

/** A name found in the text, as the claim finder needs it. */
export interface NameAt {
  start: number;
  end: number;
  entityId: string;
  kind: Kind;
}

export interface FoundClaim {
  /** The claim's words in the block's text (what gets highlighted). */
  start: number;
  end: number;
  kind: ClaimKind;
  value: ClaimValue;
  /** Who the claim is about, best candidate first. */
  subjects: string[];
  /**
   * The subject is unmistakable: named in the same clause with no other
   * candidate in between, or the only candidate a back-reference can mean.
   * Only direct claims may be found to disagree.
   */
  direct: boolean;
  /** The subject is a lab standing for its model ("DeepSeek's open-source model"). */
  viaLab?: boolean;
  /** One size of a lineup ("comes in 7B, 13B and 70B"): it may only disagree by exceeding the model's largest. */
  lineup?: boolean;
  /** The subject's name as the page wrote it ("Qwen3-30B-A3B", "phi-3-small"), when it may name a variant. */
  written?: string;
}
