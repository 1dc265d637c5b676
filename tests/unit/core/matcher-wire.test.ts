import { buildMatcherData } from '@/lib/background/db/seed';
import { packMatcherData, unpackMatcherData, WireError } from '@/lib/core/matcher-wire';
import { ToBackground } from '@/lib/shared/protocol';
import { loadDatasetFromDisk } from '../../scripts/load-dataset';

// The matcher data travels to every page as columns; what arrives must be what was stored.
const data = buildMatcherData(loadDatasetFromDisk());

describe('matcher data on the wire', () => {
  it('round-trips the bundled dataset exactly, through JSON and the response schema', () => {
    const wire = JSON.parse(JSON.stringify(packMatcherData(data)));
    const parsed = ToBackground.getMatcherData.response.parse(wire);
    expect(unpackMatcherData(parsed)).toEqual(data);
  });

  it('rejects columns that do not line up, naming them', () => {
    const wire = packMatcherData(data);
    wire.aliases.flags = wire.aliases.flags.replace(/,\d+$/, '');
    expect(() => unpackMatcherData(wire)).toThrow(new WireError('matcher data: alias columns differ in length'));
  });

  it('rejects an alias pointing at an entity that is not there', () => {
    const wire = packMatcherData(data);
    wire.aliases.entity = wire.aliases.entity.replace(/^\d+/, String(data.entities.length));
    expect(() => unpackMatcherData(wire)).toThrow(/alias entity \d+ out of range/);
  });

  it('rejects a key pointing at an alias that is not there', () => {
    const wire = packMatcherData(data);
    wire.compiled.byKey.refs = wire.compiled.byKey.refs.replace(/^\d+/, '-1');
    expect(() => unpackMatcherData(wire)).toThrow(/byKey alias -1 out of range/);
  });

  it('rejects columns that are not columns, in the response schema', () => {
    const wire = packMatcherData(data);
    const parse = (w: unknown) => ToBackground.getMatcherData.response.safeParse(w);
    expect(parse({ ...wire, aliases: { ...wire.aliases, flags: '1,x' } }).error?.message).toMatch(/column of integers/);
    expect(parse({ ...wire, entities: { ...wire.entities, kind: '\x1flab\x1fplanet' } }).error?.message).toMatch(
      /column of kinds/,
    );
    expect(parse({ ...wire, aliases: { ...wire.aliases, text: 'no separator' } }).error?.message).toMatch(
      /column of strings/,
    );
  });

  it('keeps empty values and empty columns apart', () => {
    const empty = { ...data, entities: [], aliases: [], compiled: { ...data.compiled, byKey: [], exact: [] } };
    expect(unpackMatcherData(packMatcherData(empty))).toEqual(empty);
    const { country: _, ...first } = data.entities[0]!;
    const blank = { ...data, entities: [first, ...data.entities.slice(1)] };
    expect(unpackMatcherData(packMatcherData(blank)).entities[0]).not.toHaveProperty('country');
  });

  it('refuses a value that holds the separator', () => {
    const bad = { ...data, aliases: [{ text: 'a\x1fb', entityId: data.entities[0]!.id }] };
    expect(() => packMatcherData(bad)).toThrow(WireError);
  });
});
