import { DatasetError, validateDataset } from '@/lib/background/dataset/validate';
import { lab, META, model } from './fixtures';

function problemsOf(files: Record<string, unknown>, meta: unknown = META): string[] {
  try {
    validateDataset(meta, files);
  } catch (e) {
    if (e instanceof DatasetError) return e.problems.map((p) => `${p.where}: ${p.problem}`);
    throw e;
  }
  return [];
}

describe('dataset validation', () => {
  it('accepts valid entities and sorts them by id', () => {
    const ds = validateDataset(META, { 'b.json': model(), 'a.json': lab() });
    expect(ds.entities.map((e) => e.id)).toEqual(['test-lab', 'test-model']);
    expect(ds.version).toBe('1.0.0');
  });

  it('rejects a fact without a source, naming the entity and the field', () => {
    const m = model();
    const { source: _s, ...noSource } = m.facts.parametersTotal;
    const problems = problemsOf({ 'l.json': lab(), 'm.json': { ...m, facts: { parametersTotal: noSource } } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/entity "test-model" \(m\.json\): facts\.parametersTotal\.source/);
  });

  it('rejects a non-https source', () => {
    const l = lab();
    l.facts.country.source = { url: 'http://example.com/x', title: 'Plain http page' };
    expect(problemsOf({ 'l.json': l })[0]).toMatch(/test-lab.*https/);
  });

  it('rejects a relation to an unknown id', () => {
    const problems = problemsOf({ 'm.json': model() });
    expect(problems).toEqual(['entity "test-model": relation developer points to unknown id "test-lab"']);
  });

  it('rejects one alias claimed by two entities, naming both', () => {
    const other = { ...lab(), id: 'other-lab', aliases: [{ text: 'tm 1' }] };
    const problems = problemsOf({ 'l.json': lab(), 'm.json': model(), 'o.json': other });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/"test-model".*"other-lab"|"other-lab".*"test-model"/);
    expect(problems[0]).toMatch(/alias "tm1" is claimed by 2 entities/);
  });

  it('allows an alias shared by entities that all mark it ambiguous', () => {
    const a = { ...lab(), aliases: [{ text: 'Shared', ambiguous: true }] };
    const b = { ...lab(), id: 'lab-b', aliases: [{ text: 'shared', ambiguous: true }] };
    expect(problemsOf({ 'a.json': a, 'b.json': b })).toEqual([]);
  });

  it('rejects duplicate ids, unknown fields and a bad dataset version, all in one report', () => {
    const problems = problemsOf(
      { 'a.json': lab(), 'b.json': { ...lab(), colour: 'red' }, 'c.json': lab() },
      { version: 'v1', asOf: '2026-11-29' },
    );
    expect(problems.some((p) => p.startsWith('dataset: version'))).toBe(true);
    expect(problems.some((p) => /\(b\.json\).*colour/.test(p))).toBe(true);
    expect(problems.some((p) => /\(c\.json\): id "test-lab" is already used by a\.json/.test(p))).toBe(true);
  });

  it('rejects facts that do not belong to the kind', () => {
    const l = { ...lab(), facts: { parametersTotal: model().facts.parametersTotal } };
    expect(problemsOf({ 'l.json': l })[0]).toMatch(/test-lab.*parametersTotal/);
  });
});
