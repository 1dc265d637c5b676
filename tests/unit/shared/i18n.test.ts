import { readFileSync } from 'node:fs';
import { t } from '@/lib/shared/i18n';

const load = (loc: string) => JSON.parse(readFileSync(`assets/public/_locales/${loc}/messages.json`, 'utf8'));

describe('i18n', () => {
  it('has every English message in Simplified Chinese, with the same placeholders', () => {
    const en = load('en');
    const zh = load('zh_CN');
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      const names = (m: string) => [...m.matchAll(/\$([A-Z]+)\$/g)].map((x) => x[1]).sort();
      expect(names(zh[key].message), key).toEqual(names(en[key].message));
      expect(zh[key].message, key).not.toBe('');
    }
  });

  it('substitutes placeholders in the fallback', () => {
    expect(t('popup_dataset', '1.0.0', '29 Nov 2026', 300)).toBe('Dataset 1.0.0, as of 29 Nov 2026 · 300 entities');
    expect(t('kindFamily', 'Model')).toBe('Model family');
  });
});
