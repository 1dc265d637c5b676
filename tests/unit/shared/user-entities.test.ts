import { fakeBrowser } from 'wxt/testing';
import { getUserEntities, removeUserEntity, saveUserEntities } from '@/lib/shared/user-entities';

const draft = { name: 'Acme Reasoner', kind: 'model' as const, aliases: ['ACR-1'], note: 'Our lab model', link: '' };

describe('user entities', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves a new entity with an id made from its name, in extension storage', async () => {
    const [e] = await saveUserEntities([{ ...draft, link: 'https://acme.example/reasoner' }]);
    expect(e).toMatchObject({ id: 'user:acme-reasoner', name: 'Acme Reasoner', aliases: ['ACR-1'] });
    expect(await getUserEntities()).toEqual([e]);
    const [again] = await saveUserEntities([draft]);
    expect(again!.id).toBe('user:acme-reasoner-2');
  });

  it('makes ids from names in any script', async () => {
    const [e] = await saveUserEntities([{ ...draft, name: '深度 模型' }]);
    expect(e!.id).toBe('user:深度-模型');
  });

  it('edits in place by id and removes', async () => {
    const [e] = await saveUserEntities([draft]);
    await saveUserEntities([{ ...draft, id: e!.id, note: 'edited' }]);
    expect((await getUserEntities()).map((x) => [x.id, x.note])).toEqual([[e!.id, 'edited']]);
    await removeUserEntity(e!.id);
    expect(await getUserEntities()).toEqual([]);
  });

  it('refuses links that are not https, and short names, with a one-line reason; saves nothing', async () => {
    await expect(saveUserEntities([{ ...draft, link: 'http://acme.example' }])).rejects.toThrow(
      'link: an https:// address',
    );
    await expect(saveUserEntities([{ ...draft, link: 'javascript:alert(1)' }])).rejects.toThrow(/https/);
    await expect(saveUserEntities([draft, { ...draft, name: ' x ' }])).rejects.toThrow(
      'entity 2, name: at least 2 characters',
    );
    expect(await getUserEntities()).toEqual([]);
  });

  it('keeps stored entries it cannot read when it writes', async () => {
    const future = { id: 'user:future', name: 'Future', kind: 'robot', updated: '2030-01-01' };
    await fakeBrowser.storage.local.set({ userEntities: [future] });
    expect(await getUserEntities()).toEqual([]);
    await saveUserEntities([draft]);
    const stored = (await fakeBrowser.storage.local.get('userEntities')).userEntities as unknown[];
    expect(stored[0]).toEqual(future);
    expect(stored).toHaveLength(2);
  });
});
