import { fakeBrowser } from 'wxt/testing';
import { welcomeOnInstall } from '@/lib/background/welcome';

// The welcome tab opens once, on install; updates of LabLens or of the browser open nothing.
describe('welcomeOnInstall', () => {
  beforeEach(() => fakeBrowser.reset());
  const welcomeTabs = async () =>
    (await fakeBrowser.tabs.query({})).filter((t) => t.url?.endsWith('/welcome.html')).length;

  it('opens the welcome page on install', async () => {
    expect(await welcomeOnInstall({ reason: 'install' })).toBe(true);
    expect(await welcomeTabs()).toBe(1);
  });

  it.each(['update', 'browser_update', 'chrome_update', 'shared_module_update'])(
    'opens nothing on %s',
    async (reason) => {
      expect(await welcomeOnInstall({ reason })).toBe(false);
      expect(await welcomeTabs()).toBe(0);
    },
  );
});
