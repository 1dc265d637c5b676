import { buildMatcherData } from '@/lib/db/seed';
import { packMatcherData, unpackMatcherData, WireError } from '@/lib/matcher-wire';
import { ToBackground } from '@/lib/messaging';
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
    wire.aliases.flags.pop();
    expect(() => unpackMatcherData(wire)).toThrow(new WireError('matcher data: alias columns differ in length'));
  });

  it('rejects an alias pointing at an entity that is not there', () => {
    const wire = packMatcherData(data);
    wire.aliases.entity[0] = wire.entities.id.length;
    expect(() => unpackMatcherData(wire)).toThrow(/alias entity \d+ out of range/);
  });

  it('rejects a key pointing at an alias that is not there', () => {
    const wire = packMatcherData(data);
    wire.compiled.byKey.refs[0] = -1;
    expect(() => unpackMatcherData(wire)).toThrow(/byKey alias -1 out of range/);
  });
});
