import * as z from 'zod/mini';
import { CLAIM_KINDS, VERDICTS } from '../core/claims/types';
import { once } from '../core/once';
import { Fact } from './protocol';

/* Claims as they travel: the page's found claims to the background, verdicts back, and the page's list to the popup. */

const ClaimValue = once(() =>
  z.union([
    z.object({
      type: z.literal('date'),
      from: z.string(),
      to: z.string(),
      relative: z.boolean(),
      announced: z.boolean(),
    }),
    z.object({ type: z.literal('amount'), low: z.number(), high: z.number(), active: z.boolean() }),
    z.object({ type: z.literal('open'), open: z.boolean() }),
    z.object({ type: z.literal('place'), text: z.string(), country: z.optional(z.string()) }),
    z.object({ type: z.literal('person'), person: z.string(), role: z.enum(['ceo', 'founder', 'leader']) }),
    z.object({ type: z.literal('vague') }),
  ]),
);

export const CheckClaimsRequest = once(() =>
  z.object({
    /** The page's entities in page order: a lab standing in for its model picks the one this page names. */
    pageEntities: z.array(z.string()).check(z.maxLength(2000)),
    claims: z
      .array(
        z.object({
          kind: z.enum(CLAIM_KINDS),
          value: ClaimValue(),
          subjects: z.array(z.string()).check(z.maxLength(4)),
          direct: z.boolean(),
          viaLab: z.optional(z.boolean()),
        }),
      )
      .check(z.maxLength(500)),
  }),
);

/** What the dataset says about one claim. */
export const ClaimVerdict = once(() =>
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

/** A checked claim on the page, for the popup and the cards. */
export const PageClaim = once(() =>
  z.object({
    key: z.number(),
    kind: z.enum(CLAIM_KINDS),
    quote: z.string(),
    /** The sentence around it, for the popup and the export. */
    context: z.string(),
    /** What the article's words mean, where LabLens read them ("earlier this month" → "1–20 Jan 2025"). */
    said: z.optional(z.string()),
    ...ClaimVerdict().shape,
  }),
);

export type ClaimVerdict = z.infer<ReturnType<typeof ClaimVerdict>>;
export type PageClaim = z.infer<ReturnType<typeof PageClaim>>;
export type ArticleInfo = z.infer<ReturnType<typeof ArticleInfo>>;
export type CheckClaimsRequest = z.infer<ReturnType<typeof CheckClaimsRequest>>;
