import { fakeBrowser } from 'wxt/testing';
import { siteOf } from '@/lib/core/site';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isActiveOn,
  parseSettings,
  SettingsLimitError,
  updateSettings,
  watchSettings,
} from '@/lib/shared/settings';

const sync = fakeBrowser.storage.sync;
const sites = (n: number) => Array.from({ length: n }, (_, i) => `news-site-number-${i}.example-publisher.com`);

/** Rejects a write the way Chromium does when one item is over the 8 KB per-item quota. */
function enforceItemQuota() {
  const set = sync.set.bind(sync);
  return vi.spyOn(sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(items))
      if (k.length + JSON.stringify(v).length > 8192) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    return set(items);
  });
}

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('defaults to on, every kind, no disabled site', async () => {
    expect(await getSettings()).toEqual({
      enabled: true,
      kinds: { lab: true, model: true, product: true, person: true, chip: true },
      disabledSites: [],
      highlightStyle: 'underline',
      highlightColor: 'kind',
      firstMentionOnly: false,
      hoverDelayMs: 500,
      checkClaims: true,
      muted: [],
    });
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field when one is bad, and the bad one defaults alone', async () => {
    await sync.set({
      settings: {
        enabled: false,
        hoverDelayMs: 5, // out of range
        highlightStyle: 'background',
        kinds: { lab: false, model: 'no' },
        disabledSites: ['a.example.com', 42, 'b.example.org'],
        muted: ['deepseek'],
        fromNewerVersion: { x: 1 },
      },
    });
    const s = await getSettings();
    expect(s).toMatchObject({ enabled: false, hoverDelayMs: 500, highlightStyle: 'background', muted: ['deepseek'] });
    expect(s.kinds).toEqual({ lab: false, model: true, product: true, person: true, chip: true });
    expect(s.disabledSites).toEqual(['a.example.com', 'b.example.org']);
  });

  it('a write keeps unknown keys and unchanged unreadable values, and moves the lists to their own keys', async () => {
    await sync.set({
      settings: { enabled: false, hoverDelayMs: 5, disabledSites: ['a.example.com'], fromNewerVersion: { x: 1 } },
    });
    await updateSettings((s) => ({ ...s, firstMentionOnly: true }));
    const all = await sync.get(null);
    expect(all.settings).toEqual({
      enabled: false,
      hoverDelayMs: 5,
      fromNewerVersion: { x: 1 },
      firstMentionOnly: true,
    });
    expect(all['disabledSites.0']).toEqual({ of: 1, items: ['a.example.com'] });
    expect(await getSettings()).toMatchObject({
      enabled: false,
      firstMentionOnly: true,
      disabledSites: ['a.example.com'],
    });
  });

  it('stores 400 disabled sites within the per-item quota and loses no other setting', async () => {
    const quota = enforceItemQuota();
    await updateSettings((s) => ({ ...s, highlightColor: 'green', muted: ['openai'] }));
    await updateSettings((s) => ({ ...s, disabledSites: sites(400) }));
    expect(JSON.stringify(sites(400)).length).toBeGreaterThan(8192); // one item could not hold them
    const s = await getSettings();
    expect(s.disabledSites).toEqual(sites(400));
    expect(s).toMatchObject({ highlightColor: 'green', muted: ['openai'] });
    expect(Object.keys(await sync.get(null)).filter((k) => k.startsWith('disabledSites.')).length).toBeGreaterThan(1);
    expect(quota).toHaveBeenCalledTimes(2);
  });

  it('removes leftover chunks when a list shrinks', async () => {
    await updateSettings((s) => ({ ...s, disabledSites: sites(400) }));
    await updateSettings((s) => ({ ...s, disabledSites: ['one.example.com'] }));
    expect(Object.keys(await sync.get(null)).filter((k) => k.startsWith('disabledSites.'))).toEqual([
      'disabledSites.0',
    ]);
    expect((await getSettings()).disabledSites).toEqual(['one.example.com']);
  });

  it('refuses a list over its cap with a clear error and changes nothing', async () => {
    await updateSettings((s) => ({ ...s, disabledSites: ['kept.example.com'] }));
    const err = await updateSettings((s) => ({ ...s, disabledSites: sites(1001) })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SettingsLimitError);
    expect((err as SettingsLimitError).cap).toBe(1000);
    expect((await getSettings()).disabledSites).toEqual(['kept.example.com']);
  });

  it('skips writes that change nothing, and writes only the item that changed', async () => {
    await updateSettings((s) => ({ ...s, disabledSites: ['a.example.com'] }));
    const set = vi.spyOn(sync, 'set');
    await updateSettings((s) => s);
    await updateSettings((s) => ({ ...s, disabledSites: [...s.disabledSites], enabled: true }));
    expect(set).not.toHaveBeenCalled();
    await updateSettings((s) => ({ ...s, enabled: false }));
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0] as object)).toEqual(['settings']);
  });

  it('rejects when the browser refuses the write, so the page can say so', async () => {
    vi.spyOn(sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await expect(updateSettings((s) => ({ ...s, enabled: false }))).rejects.toThrow(/QUOTA_BYTES/);
    // The queue goes on after a failure.
    vi.restoreAllMocks();
    await updateSettings((s) => ({ ...s, enabled: false }));
    expect((await getSettings()).enabled).toBe(false);
  });

  it('stores updates and tells watchers, lists included', async () => {
    const seen: [boolean, number][] = [];
    const stop = watchSettings((s) => seen.push([s.enabled, s.disabledSites.length]));
    await updateSettings((s) => ({ ...s, enabled: false }));
    await vi.waitFor(() => expect(seen).toEqual([[false, 0]]));
    await updateSettings((s) => ({ ...s, disabledSites: sites(400) }));
    await vi.waitFor(() => expect(seen.at(-1)).toEqual([false, 400]));
    stop();
  });

  it('turns a site off by hostname, for every page of it', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['news.example.com'] };
    expect(siteOf('https://news.example.com/a/b?c')).toBe('news.example.com');
    expect(isActiveOn(s, 'https://news.example.com/other')).toBe(false);
    expect(isActiveOn(s, 'https://example.com/')).toBe(true);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'https://example.com/')).toBe(false);
  });
});
