import { siteOf } from '@/lib/core/site';

describe('siteOf', () => {
  it.each([
    ['news.example.com', 'news.example.com'],
    ['https://News.Example.com/a/b?c', 'news.example.com'],
    ['  example.org ', 'example.org'],
    ['localhost', 'localhost'],
    ['http://127.0.0.1:8000/page', '127.0.0.1'],
    ['http://[::1]:3000/', '[::1]'],
    ['about:blank', ''],
    ['not a site', ''],
    ['', ''],
  ])('%s → %s', (input, out) => expect(siteOf(input)).toBe(out));
});
