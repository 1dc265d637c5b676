import type { PlacedClaim } from '@/lib/content/claims-layer';
import type { EntityCache } from '@/lib/content/entity-cache';
import { HoverIntent } from '@/lib/content/hover/hover-intent';
import type { PlacedMention } from '@/lib/content/paint/highlight';
import type { Settings } from '@/lib/shared/settings';
import type { CardHost, PageContext } from './card-host';

/** A name or a claim under the pointer (or the keyboard's focus). */
export type Hit = ({ mention: PlacedMention; claim?: undefined } | { claim: PlacedClaim; mention?: undefined }) & {
  /** The name's box: the card opens next to it, never over it. */
  rect: DOMRect;
  /** Opened from the keyboard: the card takes focus, and Esc gives it back. */
  keyboard?: boolean;
};

/**
 * When cards open and close: hover timing (dwell, delay, grace), the latest
 * request winning over a slower earlier one, pointer hit-testing once per
 * frame, Esc, and focus returning to where it was.
 */
export class HoverCards {
  private readonly intent: HoverIntent<Hit>;
  private shown = 0;
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly o: {
      doc: Document;
      signal: AbortSignal;
      settings: () => Settings;
      card: CardHost;
      entities: EntityCache;
      hitTest: (x: number, y: number) => Hit | undefined;
      mark: (m: { range: Range } | undefined) => void;
      page: () => PageContext;
    },
  ) {
    this.intent = new HoverIntent<Hit>(
      () => ({
        intentMs: Math.min(150, o.settings().hoverDelayMs / 3),
        showMs: o.settings().hoverDelayMs,
        hideMs: 300,
      }),
      {
        intent: (h) => h.mention && void o.entities.get(h.mention.entityId).catch(() => null),
        show: (h) => void this.show(h),
        hide: () => this.hide(),
      },
    );
    this.watchPointer();
    o.doc.addEventListener('keydown', (e) => e.isTrusted && e.key === 'Escape' && this.close(), {
      signal: o.signal,
      capture: true,
    });
  }

  /** Opens at once (keyboard navigation, jump-to). */
  open(hit: Hit): void {
    if (hit.keyboard && !this.returnFocus) {
      const active = this.o.doc.activeElement;
      this.returnFocus = active instanceof HTMLElement ? active : null;
    }
    this.intent.showNow(hit);
  }

  close(): void {
    this.intent.hideNow();
  }

  /** The pointer entered or left the card itself. */
  holdOpen(): void {
    this.intent.holdOpen();
  }

  leaveCard(): void {
    this.intent.leaveCard();
  }

  private async show(h: Hit): Promise<void> {
    const token = ++this.shown;
    if (h.claim) {
      this.o.mark(h.claim);
      return this.o.card.showClaim(h.claim, h.rect, h.keyboard === true, this.o.page());
    }
    const entity = await this.o.entities.get(h.mention.entityId).catch(() => null);
    // A later show (fast keyboard steps) wins over a slower fetch that started earlier.
    if (!entity || this.o.signal.aborted || token !== this.shown) return;
    this.o.mark(h.mention);
    await this.o.card.show(entity, h.rect, h.mention, h.keyboard === true, this.o.page());
  }

  private hide(): void {
    this.shown++;
    this.o.mark(undefined);
    this.o.card.hide();
    this.returnFocus?.focus();
    this.returnFocus = null;
  }

  /** Hit-tests at most once per animation frame, however fast the pointer moves. */
  private watchPointer(): void {
    let frame = 0;
    let last: PointerEvent | undefined;
    const onFrame = () => {
      frame = 0;
      if (!last || this.o.card.contains(last.target as Node)) return;
      this.intent.over(
        this.o.hitTest(last.clientX, last.clientY),
        (a, b) => a.mention === b.mention && a.claim === b.claim,
      );
    };
    this.o.doc.addEventListener(
      'pointermove',
      (e) => {
        // A page script can dispatch pointer events anywhere; only the user's pointer opens cards.
        if (!e.isTrusted) return;
        last = e;
        if (!frame) frame = requestAnimationFrame(onFrame);
      },
      { passive: true, signal: this.o.signal },
    );
  }
}
