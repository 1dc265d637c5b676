import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME_BUILD, FIREFOX_BUILD } from '../harness';

/*
 * The worker wakes often: it must not re-validate the dataset (the build did,
 * lib/background/dataset/build-check.ts) nor probe for eval, which the
 * extension's CSP forbids and reports.
 */
describe.each([
  ['Chromium', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
])('%s background bundle', (_, build) => {
  const file = join(build, 'background.js');
  const code = existsSync(file) ? readFileSync(file, 'utf8') : '';

  it('exists and carries the dataset', () => {
    expect(code.includes('arxiv.org/abs/2412.19437')).toBe(true);
  });

  it("has no Function('') probe and no runtime eval", () => {
    expect(/\bFunction\(\s*(``|''|"")\s*\)|new Function\(/.test(code)).toBe(false);
  });

  it('does not carry the dataset schema: no zod validation of the dataset at wake', () => {
    // The schema's own messages: present only if lib/background/dataset/schema.ts is bundled.
    expect(code.includes('expected YYYY, YYYY-MM or YYYY-MM-DD')).toBe(false);
    expect(code.includes('source url must be https')).toBe(false);
  });
});
