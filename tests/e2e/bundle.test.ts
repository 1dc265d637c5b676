import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness';

/*
 * The built content script runs on every page: it must not carry the
 * background's code (Dexie, the dataset) and stays within its size budget.
 */
describe.each([
  ['Chromium', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
])('%s content script bundle', (_, build) => {
  const dir = join(build, 'content-scripts');
  const scripts = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
  const code = scripts.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');

  it('exists', () => {
    expect(scripts).toContain('content.js');
  });

  it('does not contain Dexie or the bundled dataset', () => {
    expect(code).not.toMatch(/Dexie|dexie/);
    expect(code).not.toContain('summarySources');
  });

  it('stays under 45 KB gzipped', () => {
    expect(gzipSync(code).length).toBeLessThan(45 * 1024);
  });
});
