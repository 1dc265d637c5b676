import * as z from 'zod/mini';
import { KINDS } from '../core/kinds';
import type { CompiledMatcher } from '../core/match/build-matcher';
import type { MatchAlias } from '../core/match/types';
import { once } from '../core/once';
import { ArticleInfo, ArticleSignals, FindClaimsRequest, FoundClaim, PageClaim } from './claim-schemas';

/**
 * The extension's message protocol, one map per direction. Every message is
 * parsed with zod at the receiving end; zod/mini keeps the content script small.
 */

/*
 * Every schema is built on first use, not when the module loads: zod builds
 * each schema object eagerly, and the content script's first task is on every
 * page's and frame's critical path.
 */
/** Column forms (lib/core/matcher-wire.ts): each value after a \x1f; integers joined by commas. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: \x1f is the columns' separator, chosen as no name holds it
const STRINGS = /^(?:\x1f[^\x1f]*)*$/;
const INTS = /^(?:-?\d+(?:,-?\d+)*)?$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above
const KIND_COLUMN = new RegExp(`^(?:\x1f(?:${KINDS.join('|')}))*$`);

/** A request/response pair whose schemas are built when first read. */
function endpoint<Q extends z.ZodMiniType, R extends z.ZodMiniType>(request: () => Q, response: () => R) {
  const [q, r] = [once(request), once(response)];
  return {
    get request(): Q {
      return q();
    },
    get response(): R {
      return r();
    },
  };
}

const Kind = once(() => z.enum(KINDS));
const Source = once(() => z.object({ url: z.string(), title: z.string() }));
const Empty = () => z.object({});
/** An entity id or a search: short. A page could send megabytes, and the background would look them up. */
const Short = () => z.string().check(z.maxLength(200));

/**
 * MatcherBundle as it travels to every page: each column one string
 * (lib/core/matcher-wire.ts), because zod's cold parse of thousands of small
 * array items is slow on every page's start. zod checks each column's form
 * here; unpacking checks that they line up.
 */
const PackedMatcher = once(() => {
  const Strings = z.string().check(z.regex(STRINGS, 'a column of strings'));
  const Ints = z.string().check(z.regex(INTS, 'a column of integers'));
  const Refs = z.object({ keys: Strings, refs: Ints });
  return z.object({
    version: z.string(),
    asOf: z.string(),
    entities: z.object({
      id: Strings,
      name: Strings,
      kind: z.string().check(z.regex(KIND_COLUMN, 'a column of kinds')),
      /** '' when none. */
      country: Strings,
    }),
    /**
     * entity, line: index into entities (line -1: none); flags: ALIAS_FLAGS bits; others: indexes into
     * entities joined by "," ('' when none).
     */
    aliases: z.object({ text: Strings, entity: Ints, flags: Ints, line: Ints, others: Strings }),
    compiled: z.object({
      /** Checked further when a page opens it (openTrie). */
      trie: z.object({ edge: z.string(), count: z.string(), flag: z.string() }),
      family: z.string(),
      byKey: Refs,
      exact: Refs,
    }),
  });
});

export const Fact = once(() =>
  z.object({
    value: z.unknown(),
    source: Source(),
    asOf: z.string(),
    reportedBy: z.optional(z.string()),
    estimate: z.optional(z.boolean()),
    note: z.optional(z.string()),
    /** Values other sources give, each with its own source: the card shows the range. */
    alternatives: z.optional(
      z.array(
        z.object({
          value: z.unknown(),
          source: Source(),
          asOf: z.string(),
          reportedBy: z.optional(z.string()),
          note: z.optional(z.string()),
        }),
      ),
    ),
  }),
);

/** A dated model in a family or a lab's line-up, for the card's timeline and "newest at the time of this article". */
const TimelineItem = once(() =>
  z.object({ id: z.string(), name: z.string(), date: z.string(), source: Source(), asOf: z.string() }),
);

/** An entity as shown by cards and the popup: facts as stored, relations with their targets' names. */
const EntityView = once(() =>
  z.object({
    id: z.string(),
    kind: Kind(),
    name: z.string(),
    summary: z.string(),
    summarySources: z.array(Source()),
    isFamily: z.optional(z.boolean()),
    aliases: z.array(z.object({ text: z.string() })),
    facts: z.record(z.string(), Fact()),
    relations: z.array(
      z.object({
        type: z.string(),
        target: z.string(),
        targetName: z.string(),
        targetKind: Kind(),
        source: Source(),
        asOf: z.string(),
        note: z.optional(z.string()),
        /** Inverse relations ("models by this lab") are derived, not stated by a source of their own. */
        inverse: z.optional(z.boolean()),
      }),
    ),
    /**
     * Dated models around this entity, oldest first: a lab's models, a
     * family's versions, or for a version the versions of its family.
     */
    timeline: z.optional(z.array(TimelineItem())),
    /** The user's own entry (options page): a note and a link, no sourced facts; datasetAsOf is its last edit. */
    userEntry: z.optional(z.boolean()),
    datasetAsOf: z.string(),
  }),
);

const EntitySummary = once(() => z.object({ id: z.string(), name: z.string(), kind: Kind() }));

const PageMention = once(() =>
  z.object({
    entityId: z.string(),
    name: z.string(),
    kind: Kind(),
    count: z.number(),
    country: z.optional(z.string()),
    /** Named only in versions the dataset does not have yet: the first as written ("5.5", "V4", "GPT-4-0314"). */
    unknownVersion: z.optional(z.string().check(z.maxLength(200))),
  }),
);

const getEntity = endpoint(
  () => z.object({ id: Short() }),
  () => z.nullable(EntityView()),
);

/** Content script → background: what a page may ask for. */
export const ContentToBackground = {
  /** The claims in a page's blocks, each checked against the dataset. */
  findClaims: endpoint(FindClaimsRequest, () => z.array(FoundClaim())),
  /** The article's date and language from its markup's signals. */
  readArticle: endpoint(ArticleSignals, ArticleInfo),
  /** The matcher, packed: MatcherBundle (background) → PackedMatcher (message) → Matcher (page). */
  getMatcher: endpoint(Empty, PackedMatcher),
  getEntity,
  /** The URL of the tab's top page: a frame follows that page's site switch ('' when unknown). */
  getPageUrl: endpoint(Empty, () => z.string()),
  /** The card's "More": opens the entity's full details in an extension page. */
  openDetails: endpoint(
    () => z.object({ id: Short() }),
    () => z.boolean(),
  ),
  /** The card's "Hide everywhere": the background writes the setting, so it can check and limit it. */
  muteEntity: endpoint(
    () => z.object({ id: z.string().check(z.maxLength(200)) }),
    () => z.boolean(),
  ),
};

/** Extension pages (popup, options) → background. */
export const UiToBackground = {
  getEntity,
  /** The welcome page shows LabLens on its own sample paragraph (no content script runs in extension pages). */
  getMatcher: ContentToBackground.getMatcher,
  searchEntities: endpoint(
    () => z.object({ query: Short() }),
    () => z.array(EntitySummary()),
  ),
  getDatasetInfo: endpoint(Empty, () => z.object({ version: z.string(), asOf: z.string(), entities: z.number() })),
};

/** Every request the background serves, whoever sends it. */
export const ToBackground = { ...ContentToBackground, ...UiToBackground };

/** Popup → content script of one tab. */
export const PopupToContent = {
  /** The page's address and title: with them the popup needs no `tabs` permission. */
  getPage: endpoint(Empty, () => z.object({ url: z.string(), title: z.string() })),
  getPageMentions: endpoint(Empty, () =>
    z.object({
      /** False while the page is still being read (text far from the viewport waits until asked for). */
      complete: z.boolean(),
      mentions: z.array(PageMention()),
    }),
  ),
  jumpTo: endpoint(
    () => z.object({ entityId: z.string() }),
    () => z.boolean(),
  ),
  /** The article's date and language, and its checked claims. */
  getPageClaims: endpoint(Empty, () => z.object({ article: ArticleInfo(), claims: z.array(PageClaim()) })),
  jumpToClaim: endpoint(
    () => z.object({ key: z.number() }),
    () => z.boolean(),
  ),
  /** The keyboard shortcut: move to the next or previous mention and open its card. */
  navigate: endpoint(
    () => z.object({ direction: z.enum(['next', 'prev']) }),
    () => z.boolean(),
  ),
};

export type PackedMatcher = z.infer<ReturnType<typeof PackedMatcher>>;
export type FactView = z.infer<ReturnType<typeof Fact>>;
export type EntityView = z.infer<ReturnType<typeof EntityView>>;
export type EntitySummary = z.infer<ReturnType<typeof EntitySummary>>;
export type PageMention = z.infer<ReturnType<typeof PageMention>>;

/**
 * What the content script needs to find names, as the background stores it
 * (lib/background/db/seed.ts). It reaches pages as PackedMatcher (lib/core/matcher-wire.ts).
 */
export interface MatcherBundle {
  version: string;
  asOf: string;
  entities: { id: string; name: string; kind: EntitySummary['kind']; country?: string }[];
  aliases: MatchAlias[];
  /** The matcher built from `aliases` by the background. */
  compiled: CompiledMatcher;
}
