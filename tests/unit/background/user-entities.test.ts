import { fakeBrowser } from 'wxt/testing';
import { validateDataset } from '@/lib/background/dataset/validate';
import { getDb } from '@/lib/background/db/database';
import { getMatcherBundle } from '@/lib/background/db/queries';
import { buildMatcherBundle } from '@/lib/background/db/seed';
import { getUserEntityView, searchUserEntities, withUserEntities } from '@/lib/background/user-entities';
import { restoreMatcher } from '@/lib/core/match/build-matcher';
import { findMentions } from '@/lib/core/match/find-mentions';
import { packMatcher, unpackMatcher } from '@/lib/core/matcher-wire';
import { getUserEntities, saveUserEntities } from '@/lib/shared/user-entities';
import { lab, META, model } from './dataset/fixtures';

const bundle = (version = '1.0.0') =>
  buildMatcherBundle(validateDataset({ ...META, version }, { 'l.json': lab(), 'm.json': model() }));

/** The names a page would find with this bundle, after the trip through a message. */
function found(b: ReturnType<typeof bundle>, text: string) {
  const wire = unpackMatcher(packMatcher(b));
  return findMentions(restoreMatcher(wire.compiled, wire.aliases), text).map((m) => [m.matched, m.entityId]);
}

describe('user entities in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are matched like the dataset names, by name and alias, after a dataset upgrade too', async () => {
    await saveUserEntities([{ name: 'Acme Reasoner', kind: 'model', aliases: ['ACR-1'], note: '', link: '' }]);
    const text = 'Acme Reasoner beat TM-1; ACR-1 is small.';
    expect(found(bundle(), text)).toEqual([['TM-1', 'test-model']]);
    for (const version of ['1.0.0', '2.0.0']) {
      const merged = withUserEntities(bundle(version), await getUserEntities());
      expect(found(merged, text)).toEqual([
        ['Acme Reasoner', 'user:acme-reasoner'],
        ['TM-1', 'test-model'],
        ['ACR-1', 'user:acme-reasoner'],
      ]);
      expect(merged.entities[0]).toEqual({ id: 'user:acme-reasoner', name: 'Acme Reasoner', kind: 'model' });
    }
  });

  it('survive a dataset upgrade and a deleted cache, as getMatcher builds its answer', async () => {
    await saveUserEntities([{ name: 'Acme Reasoner', kind: 'model', aliases: [], note: '', link: '' }]);
    const load = (version: string) => () =>
      validateDataset({ ...META, version }, { 'l.json': lab(), 'm.json': model() });
    const answer = async (version: string) =>
      withUserEntities(await getMatcherBundle({ load: load(version) }), await getUserEntities());
    expect(found(await answer('1.0.0'), 'Acme Reasoner')).toEqual([['Acme Reasoner', 'user:acme-reasoner']]);
    expect(found(await answer('3.0.0'), 'Acme Reasoner')).toEqual([['Acme Reasoner', 'user:acme-reasoner']]);
    await getDb().delete();
    await getDb().open();
    expect(found(await answer('3.0.0'), 'Acme Reasoner')).toEqual([['Acme Reasoner', 'user:acme-reasoner']]);
  });

  it('leave the dataset bundle as it is when there are none', () => {
    const b = bundle();
    expect(withUserEntities(b, [])).toBe(b);
  });

  it('answer getEntity with the note and link, marked as the user’s own entry', async () => {
    const [e] = await saveUserEntities([
      { name: 'Acme Reasoner', kind: 'lab', aliases: [], note: 'Met them at NeurIPS', link: 'https://acme.example/' },
    ]);
    const view = await getUserEntityView(e!.id);
    expect(view).toMatchObject({
      id: 'user:acme-reasoner',
      kind: 'lab',
      summary: 'Met them at NeurIPS',
      summarySources: [{ url: 'https://acme.example/' }],
      userEntry: true,
      facts: {},
    });
    expect(await getUserEntityView('user:nobody')).toBeNull();
    expect(await searchUserEntities('acme r')).toEqual([{ id: e!.id, name: 'Acme Reasoner', kind: 'lab' }]);
  });
});
