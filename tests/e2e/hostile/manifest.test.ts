import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, FIREFOX_BUILD } from '../harness';
import { ICONS, pngSize } from '../png';

// The built manifests ask for as little as LabLens needs, and nothing opens LabLens to pages or other extensions.
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe.each([
  ['chromium', CHROME_BUILD],
  ['firefox', FIREFOX_BUILD],
])('the %s manifest', (engine, dir) => {
  const m = manifest(dir);

  it('asks only for storage and activeTab: no tabs, no host permissions beyond the content script', () => {
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual(['activeTab', 'storage']);
    expect(m.optional_permissions).toBeUndefined();
    expect(m.host_permissions).toBeUndefined();
    expect(m.content_scripts.map((c: { matches: string[] }) => c.matches)).toEqual([['http://*/*', 'https://*/*']]);
  });

  it('exposes nothing to web pages or other extensions', () => {
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    // The default extension CSP (no eval, no remote code) stays in force.
    expect(m.content_security_policy).toBeUndefined();
  });

  it('names the minimum browser that has the CSS Custom Highlight API', () => {
    if (engine === 'chromium') expect(m.minimum_chrome_version).toBe('105');
    else {
      expect(m.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
      expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    }
  });

  it('has an icon at every size, for the manifest and the toolbar button, each a PNG of that size', () => {
    expect(m.icons).toEqual(ICONS);
    expect(m.action.default_icon).toEqual(ICONS);
    for (const [size, path] of Object.entries(ICONS))
      expect(pngSize(readFileSync(join(dir, path)))).toEqual({ width: Number(size), height: Number(size) });
  });

  it('ships its top-level keys and nothing more', () => {
    expect(Object.keys(m).sort()).toEqual(
      [
        'action',
        'background',
        'commands',
        'content_scripts',
        'default_locale',
        'description',
        'icons',
        'manifest_version',
        'name',
        'options_ui',
        'permissions',
        'version',
        engine === 'chromium' ? 'minimum_chrome_version' : 'browser_specific_settings',
      ].sort(),
    );
  });
});
