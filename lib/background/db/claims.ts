import { articleDate, articleLang } from '../../core/article/article-date';
import { findClaims as find } from '../../core/claims/find-claims';
import { type JudgedEntity, judge } from '../../core/claims/judge';
import { sentences } from '../../core/claims/sentences';
import { formatSpan } from '../../core/fact-rows';
import type { ArticleInfo, ArticleSignals, FindClaimsRequest, FoundClaim } from '../../shared/claim-schemas';
import type { FactView } from '../../shared/protocol';
import type { EntityRow } from './database';
import { type QueryEnv, withStore } from './open-store';

const judged = (e: EntityRow): JudgedEntity => ({
  id: e.id,
  kind: e.kind,
  name: e.name,
  facts: e.facts as JudgedEntity['facts'],
  relations: e.relations,
  isFamily: 'isFamily' in e && e.isFamily === true,
});

/** The article's date (by the order of trust) and language. */
export function readArticle(signals: ArticleSignals): ArticleInfo {
  const date = articleDate(signals);
  const lang = articleLang(signals);
  return { ...(date ?? {}), ...(lang ? { lang } : {}) };
}

/**
 * The claims in a page's blocks, each checked: its subject (or, for a lab
 * standing in for its model, the lab's model the page names) against the
 * dataset, with the fact compared so the card can show it and its source.
 * Claims about names the dataset cannot check are left out.
 */
export const findClaims = (req: FindClaimsRequest, env?: QueryEnv): Promise<FoundClaim[]> =>
  withStore(async (store) => {
    const found = req.blocks.flatMap((b, block) =>
      find(b.text, b.names, req.articleDate, b.carry).map((claim) => ({ block, claim, text: b.text })),
    );
    const ids = new Set(req.pageEntities);
    for (const { claim } of found) {
      for (const s of claim.subjects) ids.add(s);
      if (claim.value.type === 'person' && claim.value.person) ids.add(claim.value.person);
    }
    const rows = new Map<string, EntityRow>();
    for (const row of await store.get([...ids])) if (row) rows.set(row.id, row);
    const lookup = (id: string) => {
      const row = rows.get(id);
      return row && judged(row);
    };
    return found.flatMap(({ block, claim: c, text }) => {
      const j = judge(c, lookup, req.pageEntities);
      if (!j) return [];
      const e = rows.get(j.entityId)!;
      const fact = j.factKey ? (e.facts as Record<string, FactView | undefined>)[j.factKey] : undefined;
      const s = sentences(text).find((x) => x.start <= c.start && x.end >= c.end) ?? c;
      return [
        {
          block,
          start: c.start,
          end: c.end,
          kind: c.kind,
          quote: text.slice(c.start, c.end),
          context: text.slice(s.start, s.end).trim().slice(0, 400),
          ...(c.value.type === 'date' && c.value.relative ? { said: formatSpan(c.value.from, c.value.to) } : {}),
          verdict: j.verdict,
          entityId: j.entityId,
          entityName: e.name,
          ...(j.factKey && fact ? { factKey: j.factKey, fact } : {}),
        },
      ];
    });
  }, env);
