import { loadBundledDataset } from '@/lib/background/dataset/load';
import type { Entity } from '@/lib/background/dataset/schema';

// Checks across entities that the schema cannot express.
const ds = loadBundledDataset();
const byId = new Map(ds.entities.map((e) => [e.id, e]));
const models = ds.entities.filter((e): e is Extract<Entity, { kind: 'model' }> => e.kind === 'model');

/** -1/0/1 comparing partial dates at the precision both have ("2023" vs "2023-05" compare equal). */
function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}
const released = (id: string) => {
  const e = byId.get(id);
  return e?.kind === 'model' ? e.facts.releaseDate?.value : undefined;
};

describe('dataset consistency', () => {
  it('no model is released before its developer was founded', () => {
    const bad: string[] = [];
    for (const m of models) {
      const date = m.facts.releaseDate?.value;
      for (const r of m.relations.filter((r) => r.type === 'developer')) {
        const lab = byId.get(r.target);
        const founded = lab?.kind === 'lab' ? lab.facts.founded?.value : undefined;
        if (date && founded && compareDates(date, founded) < 0)
          bad.push(`${m.id} (${date}) before ${lab!.id} (${founded})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('a successor is released after its predecessor', () => {
    const bad: string[] = [];
    for (const m of models) {
      for (const r of m.relations) {
        const [earlier, later] =
          r.type === 'predecessor' ? [r.target, m.id] : r.type === 'successor' ? [m.id, r.target] : [];
        if (!earlier || !later) continue;
        const a = released(earlier);
        const b = released(later);
        if (a && b && compareDates(b, a) < 0) bad.push(`${later} (${b}) before its predecessor ${earlier} (${a})`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('family relations point at families, and every version is reachable from its family', () => {
    const bad: string[] = [];
    for (const m of models) {
      for (const r of m.relations.filter((r) => r.type === 'family')) {
        const f = byId.get(r.target);
        if (f?.kind !== 'model' || !f.isFamily) bad.push(`${m.id} → ${r.target} is not a model family`);
      }
    }
    expect(bad).toEqual([]);
    // Reachable: following family links from any version ends at a family, without cycles, so the
    // family's details (which list versions by the inverse relation) show every version.
    for (const m of models) {
      let at: Entity | undefined = m;
      const seen = new Set<string>();
      while (at && !(at.kind === 'model' && at.isFamily) && !seen.has(at.id)) {
        seen.add(at.id);
        const next: string | undefined = at.relations.find((r) => r.type === 'family')?.target;
        at = next ? byId.get(next) : undefined;
      }
      if (at && seen.has(at.id)) bad.push(`${m.id}: family links form a cycle`);
    }
    expect(bad).toEqual([]);
  });

  it('models named after a family belong to it', () => {
    const bad: string[] = [];
    const families = models.filter((m) => m.isFamily);
    for (const m of models) {
      if (m.isFamily) continue;
      for (const f of families) {
        const dev = (e: Entity) => e.relations.find((r) => r.type === 'developer')?.target;
        // "GPT-4o" starts with the GPT family's name and has the same developer: it must say so.
        const named = new RegExp(`^${f.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\-]?\\d`, 'i').test(m.name);
        if (named && dev(m) === dev(f) && !m.relations.some((r) => r.type === 'family' && r.target === f.id))
          bad.push(`${m.id} is named after ${f.id} but has no family relation to it`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('no entity relates to itself twice in the same way', () => {
    for (const e of ds.entities) {
      const keys = e.relations.map((r) => `${r.type}:${r.target}`);
      expect(new Set(keys).size, e.id).toBe(keys.length);
    }
  });
});
