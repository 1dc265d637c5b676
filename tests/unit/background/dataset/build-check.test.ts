import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assembleDataset } from '@/lib/background/dataset/assemble';
import { datasetCheck } from '@/lib/background/dataset/build-check';
import { DATA_DIR, loadDatasetFromDisk } from '@/lib/background/dataset/from-disk';
import { loadBundledDataset } from '@/lib/background/dataset/load';
import { validateDataset } from '@/lib/background/dataset/validate';
import { lab, META, model } from './fixtures';

// The build validates the dataset; the worker only assembles it. Both must give the same dataset.
describe('dataset checked at build time, assembled without zod in the worker', () => {
  it('the worker reads the bundled files as exactly the validated dataset', () => {
    expect(loadBundledDataset()).toEqual(loadDatasetFromDisk());
  });

  it('fills the defaults the schema fills (facts, relations) and sorts by id', () => {
    const { facts: _f, ...bare } = lab();
    const files = { 'm.json': model(), 'l.json': bare };
    expect(assembleDataset(META, files)).toEqual(validateDataset(META, files));
  });

  it('refuses what is not an entity, naming the file', () => {
    expect(() => assembleDataset(META, { 'x.json': { id: 'x', kind: 'planet', name: 'X', aliases: [] } })).toThrow(
      'x.json is not an entity',
    );
    expect(() => assembleDataset(null, {})).toThrow('no version');
  });

  const build = (dir: string) => {
    const errors: string[] = [];
    const plugin = datasetCheck(dir) as unknown as { buildStart(this: unknown): void };
    plugin.buildStart.call({
      error: (m: string) => {
        errors.push(m);
        throw new Error(m);
      },
    });
    return errors;
  };

  it('the build passes with assets/data and fails on a broken file with every problem listed', {
    timeout: 30_000,
  }, () => {
    expect(build(DATA_DIR)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'lablens-data-'));
    try {
      cpSync(DATA_DIR, dir, { recursive: true });
      const bad = { ...model(), id: 'broken-model', facts: { releaseDate: { value: 'soon' } } };
      writeFileSync(join(dir, 'models', 'broken-model.json'), JSON.stringify(bad));
      expect(() => build(dir)).toThrow(/LabLens dataset: Dataset has \d+ problem\(s\):[\s\S]*broken-model/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
