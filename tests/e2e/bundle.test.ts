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
    // Booleans, not the 100 KB of code in a failure message.
    expect(/\bDexie\b|indexedDB/.test(code)).toBe(false);
    // Any entity's source: the dataset stays in the background.
    expect(code.includes('arxiv.org/abs/2412.19437')).toBe(false);
  });

  it('stays within its 40 KB budget (gzip -9)', () => {
    expect(gzipSync(code, { level: 9 }).length).toBeLessThanOrEqual(40 * 1024);
  });
});
