import * as z from 'zod/mini';
import { CLAIM_KINDS, VERDICTS } from '../core/claims/types';
import { KINDS } from '../core/kinds';
import { once } from '../core/once';
import { Fact } from './protocol';

/* Claims as they travel: the page's found claims to the background, verdicts back, and the page's list to the popup. */

const Name = once(() => z.object({ start: z.number(), end: z.number(), entityId: z.string(), kind: z.enum(KINDS) }));

/**
 * Blocks of the page that name something and may claim something, with the
 * names in them. The background finds the claims and checks them: the
 * finder stays out of the page's script.
 */
export const FindClaimsRequest = once(() =>
  z.object({
    articleDate: z.optional(z.string()),
    /** The page's entities in page order: a lab standing in for its model picks the one this page names. */
    pageEntities: z.array(z.string()).check(z.maxLength(2000)),
    blocks: z
      .array(
        z.object({
          text: z.string().check(z.maxLength(20_000)),
          names: z.array(Name()).check(z.maxLength(500)),
          /** The names of the block before, for "The model…" at a paragraph's start. */
          carry: z.array(Name()).check(z.maxLength(500)),
        }),
      )
      .check(z.maxLength(200)),
  }),
);

/** Signals of the article's date and language, read from the page's markup. */
export const ArticleSignals = once(() =>
  z.object({
    metas: z.array(z.object({ key: z.string(), content: z.string().check(z.maxLength(2000)) })).check(z.maxLength(400)),
    jsonLd: z.array(z.string().check(z.maxLength(200_000))).check(z.maxLength(20)),
    marked: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(10)),
    bylines: z.array(z.string().check(z.maxLength(500))).check(z.maxLength(20)),
    url: z.string().check(z.maxLength(4000)),
    lang: z.object({
      html: z.optional(z.string()),
      contentLanguage: z.optional(z.string()),
      ogLocale: z.optional(z.string()),
    }),
  }),
);

/** What the dataset says about one claim. */
const ClaimVerdict = once(() =>
  z.object({
    verdict: z.enum(VERDICTS),
    entityId: z.string(),
    entityName: z.string(),
    factKey: z.optional(z.string()),
    fact: z.optional(Fact()),
  }),
);

export const ArticleInfo = once(() =>
  z.object({
    date: z.optional(z.string()),
    via: z.optional(z.string()),
    certain: z.optional(z.boolean()),
    lang: z.optional(z.string()),
  }),
);

/** A claim the background found in one of the blocks it was sent, with its verdict. */
export const FoundClaim = once(() =>
  z.object({
    block: z.number(),
    start: z.number(),
    end: z.number(),
    ...ClaimFields(),
  }),
);

const ClaimFields = () => ({
  kind: z.enum(CLAIM_KINDS),
  quote: z.string(),
  /** The sentence around it, for the popup and the export. */
  context: z.string(),
  /** What the article's words mean, where LabLens read them ("earlier this month" → "1–20 Jan 2025"). */
  said: z.optional(z.string()),
  ...ClaimVerdict().shape,
});

/** A checked claim on the page, for the popup and the cards. */
export const PageClaim = once(() => z.object({ key: z.number(), ...ClaimFields() }));

type ClaimVerdict = z.infer<ReturnType<typeof ClaimVerdict>>;
export type PageClaim = z.infer<ReturnType<typeof PageClaim>>;
export type ArticleInfo = z.infer<ReturnType<typeof ArticleInfo>>;
export type FindClaimsRequest = z.infer<ReturnType<typeof FindClaimsRequest>>;
export type FoundClaim = z.infer<ReturnType<typeof FoundClaim>>;
export type ArticleSignals = z.infer<ReturnType<typeof ArticleSignals>>;
