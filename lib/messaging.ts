import * as z from 'zod/mini';

/**
 * The extension's message protocol, one map per direction. Every message is
 * parsed with zod at the receiving end; zod/mini keeps the content script small.
 */

const Kind = z.enum(['lab', 'model', 'product', 'person', 'chip']);
const Source = z.object({ url: z.string(), title: z.string() });

export const MatcherData = z.object({
  version: z.string(),
  asOf: z.string(),
  entities: z.array(z.object({ id: z.string(), name: z.string(), kind: Kind, country: z.optional(z.string()) })),
  aliases: z.array(
    z.object({
      text: z.string(),
      entityId: z.string(),
      caseSensitive: z.optional(z.boolean()),
      ambiguous: z.optional(z.boolean()),
      contextOnly: z.optional(z.boolean()),
      familyPattern: z.optional(z.boolean()),
    }),
  ),
  /** The matcher built from `aliases` by the background (MatcherSource in lib/match/build-matcher.ts). */
  compiled: z.object({
    scan: z.string(),
    parts: z.array(z.string()),
    partOf: z.array(z.tuple([z.string(), z.number()])),
    family: z.string(),
    byKey: z.array(z.tuple([z.string(), z.number()])),
    exact: z.array(z.tuple([z.string(), z.number()])),
  }),
});
export type MatcherData = z.infer<typeof MatcherData>;

const Fact = z.object({
  value: z.unknown(),
  source: Source,
  asOf: z.string(),
  reportedBy: z.optional(z.string()),
  estimate: z.optional(z.boolean()),
  note: z.optional(z.string()),
});
export type FactView = z.infer<typeof Fact>;

/** An entity as shown by cards and the popup: facts as stored, relations with their targets' names. */
export const EntityView = z.object({
  id: z.string(),
  kind: Kind,
  name: z.string(),
  summary: z.string(),
  summarySources: z.array(Source),
  isFamily: z.optional(z.boolean()),
  aliases: z.array(z.object({ text: z.string() })),
  facts: z.record(z.string(), Fact),
  relations: z.array(
    z.object({
      type: z.string(),
      target: z.string(),
      targetName: z.string(),
      targetKind: Kind,
      source: Source,
      asOf: z.string(),
      note: z.optional(z.string()),
      /** Inverse relations ("models by this lab") are derived, not stated by a source of their own. */
      inverse: z.optional(z.boolean()),
    }),
  ),
  datasetAsOf: z.string(),
});
export type EntityView = z.infer<typeof EntityView>;

export const EntitySummary = z.object({ id: z.string(), name: z.string(), kind: Kind });
export type EntitySummary = z.infer<typeof EntitySummary>;

export const DatasetInfo = z.object({ version: z.string(), asOf: z.string(), entities: z.number() });

/** Content script, popup and options → background. */
export const ToBackground = {
  getMatcherData: { request: z.object({}), response: MatcherData },
  getEntity: { request: z.object({ id: z.string() }), response: z.nullable(EntityView) },
  searchEntities: { request: z.object({ query: z.string() }), response: z.array(EntitySummary) },
  getDatasetInfo: { request: z.object({}), response: DatasetInfo },
  /** The card's "More": opens the entity's full details in an extension page. */
  openDetails: { request: z.object({ id: z.string() }), response: z.boolean() },
};

export const PageMention = z.object({
  entityId: z.string(),
  name: z.string(),
  kind: Kind,
  count: z.number(),
  country: z.optional(z.string()),
  /** Named only in versions the dataset does not have yet ("GPT-5.5"). */
  unknownVersion: z.optional(z.boolean()),
});
export type PageMention = z.infer<typeof PageMention>;

/** Popup → content script of one tab. */
export const ToContent = {
  getPageMentions: {
    request: z.object({}),
    response: z.object({
      url: z.string(),
      enabled: z.boolean(),
      /** False while the page is still being read (big pages are read in slices). */
      complete: z.boolean(),
      mentions: z.array(PageMention),
    }),
  },
  jumpTo: { request: z.object({ entityId: z.string() }), response: z.boolean() },
  /** The keyboard shortcut: move to the next or previous mention and open its card. */
  navigate: { request: z.object({ direction: z.enum(['next', 'prev']) }), response: z.boolean() },
};
