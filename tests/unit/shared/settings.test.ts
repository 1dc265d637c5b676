import { fakeBrowser } from 'wxt/testing';
import { siteOf } from '@/lib/core/site';
import {
  DEFAULT_SETTINGS,
  getSettings,
  isActiveOn,
  parseSettings,
  updateSettings,
  watchSettings,
} from '@/lib/shared/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

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
  });

  it('falls back to defaults for a corrupt stored value instead of breaking pages', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: 'yes', kinds: 3 } });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('rejects out-of-range values as a whole, keeping the defaults', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, hoverDelayMs: 5 } });
    expect((await getSettings()).hoverDelayMs).toBe(500);
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, highlightStyle: 'blink' } });
    expect((await getSettings()).highlightStyle).toBe('underline');
  });

  it('stores updates and tells watchers', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.enabled));
    await updateSettings((s) => ({ ...s, enabled: false }));
    expect((await getSettings()).enabled).toBe(false);
    expect(seen).toEqual([false]);
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
