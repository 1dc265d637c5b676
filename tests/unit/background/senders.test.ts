import { RateLimit, senderKind } from '@/lib/background/senders';

const ID = 'lablens-id';
const ORIGIN = 'chrome-extension://lablens-id/';

describe('who sent a message', () => {
  it('tells extension pages from content scripts and refuses everything else', () => {
    expect(senderKind({ id: ID, url: `${ORIGIN}popup.html?tab=3`, tab: { id: 4 } }, ID, ORIGIN)).toBe('extension-page');
    expect(senderKind({ id: ID, url: 'https://news.example/a', tab: { id: 4 } }, ID, ORIGIN)).toBe('content-script');
    expect(senderKind({ id: 'another-extension', url: 'https://news.example/a', tab: { id: 4 } }, ID, ORIGIN)).toBe(
      'refused',
    );
    expect(senderKind({ id: ID, url: 'https://news.example/a' }, ID, ORIGIN)).toBe('refused');
  });

  it('lets a tab open at most one details tab a second', () => {
    const limit = new RateLimit(1000);
    expect([limit.allow(1, 0), limit.allow(1, 10), limit.allow(2, 10), limit.allow(1, 1001)]).toEqual([
      true,
      false,
      true,
      true,
    ]);
  });
});
