// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableJavaScriptFileLoading":true,"disableJavaScriptEvaluation":true,"disableCSSFileLoading":true,"disableIframePageLoading":true,"handleDisabledFileLoadingAsSuccess":true}}
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticleSignals, readBylines } from '@/lib/content/article/read-article';
import { articleDate, articleLang, machineDate, textDate } from '@/lib/core/article/article-date';

/* 30 real pages' head and byline markup (tests/fixtures/article-dates), labelled by hand before the code existed. */
const DIR = join(import.meta.dirname, '../../fixtures/article-dates');
const EXPECTED: Record<string, { date: string | null; via: string; certain: boolean; lang: string | null }> =
  JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8'));

function read(file: string) {
  const doc = new DOMParser().parseFromString(readFileSync(join(DIR, file), 'utf8'), 'text/html');
  return { ...readArticleSignals(doc), bylines: readBylines(doc) };
}

describe('article date and language on real pages', () => {
  it.each(Object.entries(EXPECTED))('%s', (file, want) => {
    const s = read(file);
    const got = articleDate(s);
    expect(got?.date ?? null).toBe(want.date);
    if (want.date) expect(got?.certain).toBe(want.certain);
    expect(articleLang(s) ?? null).toBe(want.lang);
  });
});

describe('date forms', () => {
  it.each([
    ['2025-01-20T09:00:00Z', '2025-01-20'],
    ['27.04.2020 18:50', '2020-04-27'],
    ['2020/04/27', '2020-04-27'],
    ['20200427', '2020-04-27'],
  ])('machine date %s', (s, d) => expect(machineDate(s)).toBe(d));

  it.each([
    ['Monday, February 29, 2016 @ 11:10 PM UTC', '2016-02-29'],
    ['27 juin 2019', '2019-06-27'],
    ['2016年10月14日07:17', '2016-10-14'],
    ['Dec 28 Sat 2013 00:28', '2013-12-28'],
    ['By Jane Doe | 12 May 2019', '2019-05-12'],
  ])('byline %s', (s, d) => expect(textDate(s)).toBe(d));

  it('a date only in the URL is less certain; no date at all is undefined', () => {
    const base = { metas: [], jsonLd: [], marked: [], bylines: [], lang: {} };
    expect(articleDate({ ...base, url: 'https://x.example/2019/05/12/story' })).toEqual({
      date: '2019-05-12',
      via: 'url',
      certain: false,
    });
    expect(articleDate({ ...base, url: 'https://x.example/story' })).toBeUndefined();
  });
});
