import { fakeBrowser } from 'wxt/testing';
import { t } from '@/lib/shared/i18n';
import { saveErrorText } from '@/lib/shared/save-error';
import { getSettings, SettingsLimitError, updateSettings } from '@/lib/shared/settings';
import { exportUserData, importUserData, parseUserData } from '@/lib/shared/user-data';
import { getUserEntities, saveUserEntities } from '@/lib/shared/user-entities';

const entity = { name: 'Acme Reasoner', kind: 'model' as const, aliases: ['ACR-1'], note: 'n', link: '' };

async function snapshot() {
  return { sync: await fakeBrowser.storage.sync.get(null), local: await fakeBrowser.storage.local.get(null) };
}

/** Parses and imports as the options page does; the error text when refused. */
async function importText(text: string): Promise<string | number> {
  const parsed = parseUserData(text);
  return 'error' in parsed ? parsed.error : importUserData(parsed.data);
}

describe('export and import', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await updateSettings((s) => ({ ...s, disabledSites: ['a.example.com'], muted: ['openai'], hoverDelayMs: 800 }));
    await saveUserEntities([entity]);
  });

  it('round-trips settings, hidden names and the user’s entities', async () => {
    const file = JSON.stringify(await exportUserData());
    const before = await snapshot();
    fakeBrowser.reset();
    expect(await importText(file)).toBe(1);
    expect(await getSettings()).toMatchObject({
      disabledSites: ['a.example.com'],
      muted: ['openai'],
      hoverDelayMs: 800,
    });
    expect((await getUserEntities()).map((e) => [e.id, e.aliases])).toEqual([['user:acme-reasoner', ['ACR-1']]]);
    expect((await snapshot()).sync).toEqual(before.sync);
  });

  it.each([
    ['not JSON', '{"format":', 'the file is not JSON'],
    ['another program’s JSON', '{"a":1}', 'the file is not a LabLens export'],
    ['a newer format', '{"format":"lablens-user-data","version":2}', 'version 2 is not 1'],
    [
      'a bad setting',
      '{"format":"lablens-user-data","version":1,"settings":{"enabled":false,"hoverDelayMs":"fast"}}',
      'settings.hoverDelayMs',
    ],
    [
      'an http link',
      '{"format":"lablens-user-data","version":1,"settings":{},"userEntities":[{"name":"X Y","kind":"lab","link":"http://x.example"}]}',
      'userEntities.0.link: an https:// address',
    ],
    [
      'too many sites',
      JSON.stringify({ format: 'lablens-user-data', version: 1, settings: { disabledSites: Array(1001).fill('a.b') } }),
      'settings.disabledSites',
    ],
  ])('refuses %s with a clear reason and changes nothing', async (_, text, reason) => {
    const before = await snapshot();
    const result = await importText(text);
    expect(String(result)).toContain(reason);
    expect(await snapshot()).toEqual(before);
  });

  it('keeps settings the file does not name and entities it does not list', async () => {
    const file = { format: 'lablens-user-data', version: 1, settings: { enabled: false }, userEntities: [] };
    expect(await importText(JSON.stringify(file))).toBe(0);
    expect(await getSettings()).toMatchObject({ enabled: false, hoverDelayMs: 800, muted: ['openai'] });
    expect(await getUserEntities()).toHaveLength(1);
  });

  it('says what went wrong when a save fails', () => {
    expect(saveErrorText(new SettingsLimitError('disabledSites', 1000))).toBe(t('settings_tooManySites', 1000));
    expect(saveErrorText(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe(
      t('settings_saveFailed', t('settings_quota')),
    );
    expect(saveErrorText(new Error('Resource::kQuotaBytes quota exceeded'))).toContain('is full');
    for (const m of ['This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.', 'kMaxWriteOperationsPerMinute'])
      expect(saveErrorText(new Error(m))).toContain('try again in a minute');
  });
});
