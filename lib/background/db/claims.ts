import { type JudgedEntity, judge } from '../../core/claims/judge';
import type { CheckClaimsRequest, ClaimVerdict } from '../../shared/claim-schemas';
import type { FactView } from '../../shared/protocol';
import type { EntityRow } from './database';
import { withDb } from './database';
import { ensureSeeded, type QueryEnv } from './queries';

const judged = (e: EntityRow): JudgedEntity => ({
  id: e.id,
  kind: e.kind,
  name: e.name,
  facts: e.facts as JudgedEntity['facts'],
  relations: e.relations,
});

/**
 * Verdicts on a page's claims: each claim's subject (or, for a lab standing
 * in for its model, the lab's model the page names) against the dataset, with
 * the fact compared so the card can show it and its source.
 */
export const checkClaims = (req: CheckClaimsRequest, { load }: QueryEnv = {}): Promise<(ClaimVerdict | null)[]> =>
  withDb(async (db) => {
    await ensureSeeded(db, load);
    const ids = new Set(req.pageEntities);
    for (const c of req.claims) {
      for (const s of c.subjects) ids.add(s);
      if (c.value.type === 'person') ids.add(c.value.person);
    }
    const rows = new Map<string, EntityRow>();
    for (const row of await db.entities.bulkGet([...ids])) if (row) rows.set(row.id, row);
    const lookup = (id: string) => {
      const row = rows.get(id);
      return row && judged(row);
    };
    return req.claims.map((c) => {
      const j = judge(c, lookup, req.pageEntities);
      if (!j) return null;
      const e = rows.get(j.entityId)!;
      const fact = j.factKey ? (e.facts as Record<string, FactView | undefined>)[j.factKey] : undefined;
      return {
        verdict: j.verdict,
        entityId: j.entityId,
        entityName: e.name,
        ...(j.factKey && fact ? { factKey: j.factKey, fact } : {}),
      };
    });
  });
