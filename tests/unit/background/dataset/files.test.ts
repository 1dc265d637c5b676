import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FACT_ORDER } from '@/lib/background/dataset/schema';
import { canonicalEntity } from '../../../scripts/canonical-entity';
import { DATA_DIR, loadDatasetFromDisk } from '../../../scripts/load-dataset';

/* How the entity files are kept: where they are, how they are written, and releases that are not aliases. */
const FOLDER: Record<string, string> = {
  lab: 'labs',
  model: 'models',
  product: 'products',
  person: 'people',
  chip: 'chips',
};
const files = readdirSync(DATA_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(DATA_DIR, d.name))
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ folder: d.name, file: f, text: readFileSync(join(DATA_DIR, d.name, f), 'utf8') })),
  );

describe('entity files', () => {
  it('are named by their id and filed under their kind', () => {
    const wrong = files.flatMap(({ folder, file, text }) => {
      const e = JSON.parse(text);
      return `${e.id}.json` === file && FOLDER[e.kind] === folder ? [] : [`${folder}/${file}`];
    });
    expect(wrong).toEqual([]);
  });

  it('are written in canonical form (npx tsx tests/scripts/format-dataset.ts)', () => {
    const wrong = files
      .filter(({ text }) => canonicalEntity(JSON.parse(text), FACT_ORDER) !== text)
      .map((f) => `${f.folder}/${f.file}`);
    expect(wrong).toEqual([]);
  });

  it("list no dated snapshot as an alias unless it is the entity's own release", () => {
    // "GPT-4-0314" on GPT-4 or "DeepSeek-V3-0324" on DeepSeek-V3 would show the wrong date and licence:
    // a snapshot is an alias only when its date is the entity's release date ("gpt-4.1-mini-2025-04-14").
    const ds = loadDatasetFromDisk();
    const bad = ds.entities.flatMap((e) => {
      if (e.kind !== 'model') return [];
      const released = e.facts.releaseDate?.value;
      return e.aliases.flatMap((a) => {
        const month = snapshotMonth(a.text, released);
        if (!month || a.text === e.name) return [];
        return released?.startsWith(month) ? [] : [`${e.id}: ${a.text} (released ${released ?? 'unknown'})`];
      });
    });
    expect(bad).toEqual([]);
  });
});

/** The year-month a snapshot name carries ("-20241022", "-2025-04-14", "-0324", "-03-2025"), as YYYY-MM. */
function snapshotMonth(name: string, released: string | undefined): string | undefined {
  let m = /[-\s]((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?[0-3]\d$/.exec(name);
  if (m) return `${m[1]}-${m[2]}`;
  m = /[-\s](0[1-9]|1[0-2])-((?:19|20)\d\d)$/.exec(name);
  if (m) return `${m[2]}-${m[1]}`;
  m = /[-\s](0[1-9]|1[0-2])[0-3]\d$/.exec(name);
  // MMDD without a year: the entity's release year, else any year is wrong.
  if (m) return `${released?.slice(0, 4) ?? '0000'}-${m[1]}`;
  return undefined;
}
