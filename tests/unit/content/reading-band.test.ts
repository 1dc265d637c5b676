// @vitest-environment happy-dom

import { PageScanner } from '@/lib/content/read/page-scanner';
import { ReadingBand } from '@/lib/content/read/reading-band';
import { ASIDE } from '@/lib/content/read/text-blocks';
import { buildMatcher } from '@/lib/core/match/build-matcher';

// happy-dom has no layout: each <p data-y> gets a 20 px box at its y minus the scroll; other
// elements have none (like display: contents), so the walk goes into them.
let scroll = 0;
const VIEW = { innerHeight: 100 }; // band: one screen above and below, so y ∈ [scroll − 100, scroll + 200]
beforeEach(() => {
  scroll = 0;
  document.body.innerHTML = '';
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const y = this.getAttribute('data-y');
    if (y === null) return new DOMRect(0, 0, 0, 0);
    return new DOMRect(0, Number(y) - scroll, 600, 20);
  });
});
afterEach(() => vi.restoreAllMocks());

/** n paragraphs 40 px apart, each naming OpenAI, in one <article>. */
function longPage(n: number): HTMLElement[] {
  const article = document.createElement('article');
  const ps = Array.from({ length: n }, (_, i) => {
    const p = document.createElement('p');
    p.dataset.y = String(i * 40);
    p.textContent = `Paragraph ${i} is about OpenAI.`;
    return p;
  });
  article.append(...ps);
  document.body.append(article);
  return ps;
}

describe('ReadingBand', () => {
  it('sets aside only boxes wholly outside the viewport and a screen either side', () => {
    const at = (y: number) => {
      const p = document.createElement('p');
      p.dataset.y = String(y);
      return p;
    };
    const band = new ReadingBand(VIEW);
    // Above the band, inside, touching its lower edge, below (not in a block container: no run).
    expect([-130, 0, 190, 400].map((y) => band.setAside(at(y)))).toEqual([
      ASIDE.element,
      ASIDE.none,
      ASIDE.none,
      ASIDE.element,
    ]);
    expect(band.setAside(document.createElement('div')), 'no box: the walk decides').toBe(ASIDE.none);
    expect(band.size).toBe(2);
  });

  it('takes out what a scroll brought near, and leaves the rest in document order', () => {
    const ps = longPage(1000);
    const band = new ReadingBand(VIEW);
    for (const p of ps) band.setAside(p);
    expect(band.size, 'one run: the first paragraph below the band and all after it').toBe(1);
    scroll = 20_000; // paragraphs 500…: band y ∈ [19 900, 20 200]
    const near = band.takeNear().map((p) => ps.indexOf(p as HTMLElement));
    expect(near).toEqual([497, 498, 499, 500, 501, 502, 503, 504, 505]);
    scroll = 8000; // and back up: what was taken out leaves holes the search must step over
    expect(band.takeNear().map((p) => ps.indexOf(p as HTMLElement))).toEqual([
      197, 198, 199, 200, 201, 202, 203, 204, 205,
    ]);
    const rest = band.takeAll().map((p) => ps.indexOf(p as HTMLElement));
    expect(rest.length).toBe(1000 - 6 - 18);
    expect(rest).toEqual([...rest].sort((a, b) => a - b));
    expect(band.size).toBe(0);
  });

  it('measures a few boxes per scroll, not every paragraph', () => {
    const ps = longPage(5000);
    const band = new ReadingBand(VIEW);
    for (const p of ps) band.setAside(p);
    scroll = 100_000;
    const spy = vi.mocked(Element.prototype.getBoundingClientRect);
    spy.mockClear();
    expect(band.takeNear()).toHaveLength(9);
    expect(spy.mock.calls.length).toBeLessThan(60);
  });
});

describe('PageScanner with a reading band', () => {
  const matcher = buildMatcher([{ text: 'OpenAI', entityId: 'openai' }]);
  const kinds = new Map([['openai', 'lab']]);
  const make = () =>
    new PageScanner(
      document.body,
      matcher,
      kinds,
      { paint: () => {} },
      new AbortController().signal,
      new ReadingBand(VIEW),
    );
  const found = (s: PageScanner) =>
    s.index.resolve(() => true, false).map((m) => m.container!.textContent!.match(/\d+/)![0]);

  it('is not complete before it has started: a page asked in that moment has not been read', async () => {
    longPage(3);
    const scanner = make();
    expect(scanner.complete).toBe(false);
    await scanner.start();
    expect(scanner.complete).toBe(true);
    expect(found(scanner)).toEqual(['0', '1', '2']);
  });

  it('reads the screens around the viewport first, the rest when scrolled to or asked for', async () => {
    longPage(200);
    const scanner = make();
    await scanner.start();
    expect(found(scanner)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(scanner.complete).toBe(false);
    scroll = 4000;
    await scanner.readNear();
    expect(found(scanner).slice(6)).toEqual(['97', '98', '99', '100', '101', '102', '103', '104', '105']);
    await scanner.readEverything();
    expect(scanner.complete).toBe(true);
    expect(found(scanner)).toEqual(Array.from({ length: 200 }, (_, i) => String(i)));
  });

  it('sets the tail of a long article aside without measuring each paragraph', async () => {
    const ps = longPage(3000);
    const spy = vi.mocked(Element.prototype.getBoundingClientRect);
    spy.mockClear();
    const scanner = make();
    await scanner.start();
    expect(found(scanner)).toHaveLength(6);
    expect(spy.mock.calls.length, 'boxes measured by the first read').toBeLessThan(20);
    // In a flex row or grid a later sibling may sit higher: each is measured then.
    ps[0]!.parentElement!.style.display = 'flex';
    spy.mockClear();
    const again = make();
    await again.start();
    expect(spy.mock.calls.length).toBeGreaterThan(100);
  });

  it('reads a set-aside paragraph once, even when it changed before it came near', async () => {
    const ps = longPage(50);
    const scanner = make();
    await scanner.start();
    ps[40]!.append(' And Google DeepMind.');
    await scanner.changed([ps[40]!.lastChild!], false);
    expect(found(scanner)).not.toContain('40');
    await scanner.readEverything();
    expect(found(scanner).filter((n) => n === '40')).toHaveLength(1);
  });
});
