import { readArticle } from '@/lib/content/article/read-article';
import { ClaimsLayer, type PlacedClaim } from '@/lib/content/claims-layer';
import type { PageReader } from '@/lib/content/page-reader';
import { whenIdle } from '@/lib/content/read/schedule';
import type { ArticleInfo, PageClaim } from '@/lib/shared/claim-schemas';
import { contentToBackground } from '@/lib/shared/rpc-clients';

/**
 * The page as an article: its date and language (read once per route, on
 * first need) and its claims, checked against the dataset. Off when the
 * reader turned claim checking off or LabLens is off here.
 */
export class PageClaims {
  readonly layer: ClaimsLayer;
  private article: Promise<ArticleInfo> | undefined;
  private date: string | undefined;

  constructor(
    private readonly doc: Document,
    private readonly reader: PageReader,
    private readonly on: () => boolean,
    /** The reader's highlight style allows marks on the text. */
    private readonly marks: () => boolean,
  ) {
    this.layer = new ClaimsLayer({
      articleDate: () => this.date,
      kindOf: (id) => reader.kindOf(id),
      find: async (req) => {
        await this.info();
        return contentToBackground('findClaims', { ...req, ...(this.date ? { articleDate: this.date } : {}) });
      },
      onChange: () => this.repaint(),
      onRetry: () => this.index && this.schedule(this.index),
    });
  }

  /** After a settings change: marks on, off, or gone with claim checking. */
  repaint(): void {
    if (!this.on()) this.layer.clear();
    else if (this.marks()) this.layer.paint((block) => this.reader.isNear(block));
    else this.layer.unpaint();
  }

  /** The article's date and language, read once per route. */
  info(): Promise<ArticleInfo> {
    // A failed read (the worker was starting) is not kept: the next request reads again.
    this.article ??= readArticle(this.doc, (signals) => contentToBackground('readArticle', signals)).then(
      (a) => {
        this.date = a.date;
        return a;
      },
      (e: unknown) => {
        this.article = undefined;
        throw e;
      },
    );
    return this.article;
  }

  /** The article's date once read; undefined before, or when the page has none. */
  get articleDate(): string | undefined {
    return this.date;
  }

  private queued = false;

  /**
   * Claims follow the names: after a resolve, in the next idle moment (one
   * update for a burst of resolves), so the paint's task stays short.
   */
  private index: Parameters<PageClaims['schedule']>[0] | undefined;

  schedule(index: { blocks(): Parameters<ClaimsLayer['update']>[0]; generation: number }): void {
    this.index = index;
    if (this.queued) return;
    this.queued = true;
    const run = () => {
      this.queued = false;
      if (this.on()) this.layer.update(index.blocks(), index.generation);
    };
    whenIdle(run, 500);
  }

  /** A new route is a new article. */
  reset(): void {
    this.article = undefined;
    this.date = undefined;
    this.layer.clear();
  }

  all(): PlacedClaim[] {
    return this.on() ? this.layer.all() : [];
  }

  /** Claims as they travel: without their Ranges. */
  list(): PageClaim[] {
    return this.all().map(({ range: _r, ...c }) => c);
  }
}
