import { normalizeSite } from '@/lib/core/site';

describe('normalizeSite', () => {
  it.each([
    ['news.example.com', 'news.example.com'],
    ['https://News.Example.com/a/b?c', 'news.example.com'],
    ['  example.org ', 'example.org'],
    ['localhost', 'localhost'],
    ['not a site', ''],
    ['', ''],
  ])('%s → %s', (input, out) => expect(normalizeSite(input)).toBe(out));
});
