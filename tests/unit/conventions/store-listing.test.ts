import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * The store listing (assets/docs/store-listing.md) and the manifest say the same short thing, within the
 * 132 characters Chrome and the Chrome Web Store allow, and the listing explains every permission.
 */

const ROOT = join(import.meta.dirname, '../../..');
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const listing = read('assets/docs/store-listing.md');
const chars = (s: string) => [...s].length;
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The quoted line under each "Short description" heading, in document order: English, then Chinese. */
const shortDescriptions = [...listing.matchAll(/^### (?:Short description|简短描述)\n\n> (.+)$/gm)].map((m) => m[1]!);

describe('the store listing', () => {
  it('has an English and a Chinese short description of at most 132 characters', () => {
    expect(shortDescriptions).toHaveLength(2);
    for (const d of shortDescriptions) expect(chars(d)).toBeLessThanOrEqual(132);
  });

  it.each([
    ['en', 0],
    ['zh_CN', 1],
  ])('gives the %s manifest description as its short description', (locale, i) => {
    const messages = JSON.parse(read(`assets/public/_locales/${locale}/messages.json`));
    expect(messages.extDescription.message).toBe(shortDescriptions[i]);
  });

  it('says in both languages what each permission and the content-script matches are for', () => {
    const manifest = read('wxt.config.ts');
    const permissions = JSON.parse(manifest.match(/permissions: (\[[^\]]*\])/)![1]!.replaceAll("'", '"'));
    expect(permissions).toEqual(['storage', 'activeTab']);
    const matches = [...read('entrypoints/content/index.ts').matchAll(/'(https?:\/\/\*\/\*)'/g)].map((m) => m[1]);
    expect(matches).toEqual(['http://*/*', 'https://*/*']);
    const sections = listing.split(/^## /m).filter((s) => /^(English|简体中文)\n/.test(s));
    expect(sections).toHaveLength(2);
    // Each permission opens a row of the section's permission table.
    for (const section of sections)
      for (const p of [...permissions, ...matches])
        expect(section).toMatch(new RegExp(`^\\|[^|\\n]*\`${literal(p)}\``, 'm'));
  });

  it('points at documents and files that exist', () => {
    for (const doc of ['assets/docs/PRIVACY.md', 'assets/docs/CHANGELOG.md', 'assets/icon.svg'])
      expect(existsSync(join(ROOT, doc))).toBe(true);
    expect(read('assets/docs/PRIVACY.md')).toContain('tests/e2e/hostile/network.test.ts');
    expect(existsSync(join(ROOT, 'tests/e2e/hostile/network.test.ts'))).toBe(true);
  });
});
