import { z } from 'zod';
import { KINDS } from '../../core/kinds';

/**
 * The dataset contract. Every file under assets/data is parsed with these
 * schemas before it reaches IndexedDB; a fact without a source cannot exist.
 */

const EntityKind = z.enum(KINDS);
type EntityKind = z.infer<typeof EntityKind>;

/** "2024", "2024-12" or "2024-12-26": sources often give only a year or month. */
const PartialDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const IsoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected YYYY-MM-DD');

const Source = z.strictObject({
  url: z.url({ protocol: /^https$/, error: 'source url must be https' }),
  title: z.string().min(3),
});
type Source = z.infer<typeof Source>;

/**
 * A value with where it comes from and when it was true. Where credible
 * sources disagree (incorporation vs announcement, with or without MTP
 * weights, 128K as 128,000 or 131,072), `alternatives` lists every other
 * value with its own source: the card shows the range and a claim inside it
 * agrees. Disagreement is data, never resolved silently.
 */
function sourced<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value,
    source: Source,
    asOf: IsoDate,
    alternatives: z
      .array(
        z.strictObject({
          value,
          source: Source,
          asOf: IsoDate,
          reportedBy: z.string().optional(),
          note: z.string().optional(),
        }),
      )
      .min(1)
      .optional(),
    /** Who reported the figure, when it is not the source's publisher (e.g. "DeepSeek, technical report"). */
    reportedBy: z.string().optional(),
    /** True for third-party estimates; the card says "estimate". */
    estimate: z.boolean().optional(),
    /** What the figure covers, or where sources disagree (e.g. "final training run's GPU hours only"). */
    note: z.string().optional(),
  });
}
type SourcedFact = z.infer<ReturnType<typeof sourced<z.ZodType<unknown>>>>;

const text = z.string().min(1);
const positive = z.number().positive();

const LabFacts = z.strictObject({
  country: sourced(text).optional(),
  headquarters: sourced(text).optional(),
  founded: sourced(PartialDate).optional(),
  founders: sourced(z.array(text).min(1)).optional(),
  leaders: sourced(z.array(text).min(1)).optional(),
  website: sourced(z.url({ protocol: /^https$/ })).optional(),
});

const ModelFacts = z.strictObject({
  releaseDate: sourced(PartialDate).optional(),
  parametersTotal: sourced(positive).optional(),
  parametersActive: sourced(positive).optional(),
  architecture: sourced(text).optional(),
  contextWindow: sourced(z.number().int().positive()).optional(),
  openWeights: sourced(z.boolean()).optional(),
  license: sourced(text).optional(),
  modalities: sourced(z.array(text).min(1)).optional(),
  trainingTokens: sourced(positive).optional(),
  /** The date the training data stops, as the maker states it. */
  knowledgeCutoff: sourced(PartialDate).optional(),
  trainingCompute: sourced(text).optional(),
  trainingCost: sourced(text).optional(),
});

const ProductFacts = z.strictObject({
  launchDate: sourced(PartialDate).optional(),
  category: sourced(text).optional(),
  users: sourced(text).optional(),
});

const PersonFacts = z.strictObject({
  role: sourced(text).optional(),
  knownFor: sourced(text).optional(),
  born: sourced(PartialDate).optional(),
});

const ChipFacts = z.strictObject({
  announced: sourced(PartialDate).optional(),
  architecture: sourced(text).optional(),
  memory: sourced(text).optional(),
  process: sourced(text).optional(),
  exportControls: sourced(text).optional(),
});

const RELATION_TYPES = [
  'developer', // model -> lab
  'family', // model version -> model family
  'predecessor', // model -> earlier model
  'successor', // model -> later model
  'parent', // lab -> owning lab/company
  'maker', // product/chip -> lab
  'basedOn', // product -> model
  'affiliation', // person -> lab
  'trainedOn', // model -> chip
] as const;
const RelationType = z.enum(RELATION_TYPES);
type RelationType = z.infer<typeof RelationType>;

const Relation = z.strictObject({
  type: RelationType,
  target: z.string(),
  source: Source,
  asOf: IsoDate,
  note: z.string().optional(),
});
type Relation = z.infer<typeof Relation>;

const Alias = z.strictObject({
  text: z.string().min(1),
  /** Match only with this exact case: the lower-case form is a common word ("Meta", "Apple"). */
  caseSensitive: z.boolean().optional(),
  /** Also a common word or a non-AI name: counts only on pages about AI. */
  ambiguous: z.boolean().optional(),
  /** A surname or short form ("Altman", "V3"): counts only after the page named the entity in full. */
  contextOnly: z.boolean().optional(),
});
type Alias = z.infer<typeof Alias>;

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be kebab-case: a-z, 0-9 and single dashes');

const base = {
  id,
  name: text,
  aliases: z.array(Alias).min(1),
  summary: z.string().min(40).max(700),
  /** Pages that back what the summary says. */
  summarySources: z.array(Source).min(1),
  relations: z.array(Relation).default([]),
};

export const Entity = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('lab'), facts: LabFacts.default({}) }),
  z.strictObject({
    ...base,
    kind: z.literal('model'),
    /** A family ("GPT", "Llama") rather than one release. */
    isFamily: z.boolean().optional(),
    facts: ModelFacts.default({}),
  }),
  z.strictObject({ ...base, kind: z.literal('product'), facts: ProductFacts.default({}) }),
  z.strictObject({ ...base, kind: z.literal('person'), facts: PersonFacts.default({}) }),
  z.strictObject({ ...base, kind: z.literal('chip'), facts: ChipFacts.default({}) }),
]);
export type Entity = z.infer<typeof Entity>;
type EntityOf<K extends EntityKind> = Extract<Entity, { kind: K }>;

export const DatasetMeta = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'version must be semver, e.g. 1.0.0'),
  asOf: IsoDate,
});
export type DatasetMeta = z.infer<typeof DatasetMeta>;

export interface Dataset extends DatasetMeta {
  entities: Entity[];
}

/** Fact keys in the order the schema lists them: the order entity files are written in. */
export const FACT_ORDER = [LabFacts, ModelFacts, ProductFacts, PersonFacts, ChipFacts].flatMap((s) =>
  Object.keys(s.shape),
);
