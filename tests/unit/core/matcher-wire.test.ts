import { buildMatcherBundle } from '@/lib/background/db/seed';
import { packMatcher, unpackMatcher, WireError } from '@/lib/core/matcher-wire';
import { ContentToBackground } from '@/lib/shared/protocol';
import { loadDatasetFromDisk } from '../../scripts/load-dataset';

// The matcher data travels to every page as columns; what arrives must be what was stored.
const data = buildMatcherBundle(loadDatasetFromDisk());

describe('matcher data on the wire', () => {
  it('round-trips the bundled dataset exactly, through JSON and the response schema', () => {
    const wire = JSON.parse(JSON.stringify(packMatcher(data)));
    const parsed = ContentToBackground.getMatcher.response.parse(wire);
    expect(unpackMatcher(parsed)).toEqual(data);
  });

  it('rejects columns that do not line up, naming them', () => {
    const wire = packMatcher(data);
    wire.aliases.flags = wire.aliases.flags.replace(/,\d+$/, '');
    expect(() => unpackMatcher(wire)).toThrow(new WireError('matcher data: alias columns differ in length'));
  });

  it('rejects an alias pointing at an entity that is not there', () => {
    const wire = packMatcher(data);
    wire.aliases.entity = wire.aliases.entity.replace(/^\d+/, String(data.entities.length));
    expect(() => unpackMatcher(wire)).toThrow(/alias entity \d+ out of range/);
  });

  it('rejects a key pointing at an alias that is not there', () => {
    const wire = packMatcher(data);
    wire.compiled.byKey.refs = wire.compiled.byKey.refs.replace(/^\d+/, '-1');
    expect(() => unpackMatcher(wire)).toThrow(/byKey alias -1 out of range/);
  });

  it('rejects columns that are not columns, in the response schema', () => {
    const wire = packMatcher(data);
    const parse = (w: unknown) => ContentToBackground.getMatcher.response.safeParse(w);
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
    expect(unpackMatcher(packMatcher(empty))).toEqual(empty);
    const { country: _, ...first } = data.entities[0]!;
    const blank = { ...data, entities: [first, ...data.entities.slice(1)] };
    expect(unpackMatcher(packMatcher(blank)).entities[0]).not.toHaveProperty('country');
  });

  it('refuses a value that holds the separator', () => {
    const bad = { ...data, aliases: [{ text: 'a\x1fb', entityId: data.entities[0]!.id }] };
    expect(() => packMatcher(bad)).toThrow(WireError);
  });
});
