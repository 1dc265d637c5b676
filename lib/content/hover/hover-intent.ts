/**
 * When to open and close the card, after Wikipedia's Page Previews: a short
 * dwell before any work (so sweeping the pointer across text costs nothing),
 * the card a little later, and a grace period after leaving so the pointer can
 * travel from the name into the card.
 */
export interface HoverTimings {
  /** Dwell before the entity is fetched. */
  intentMs: number;
  /** Dwell before the card shows. */
  showMs: number;
  /** Grace after the pointer leaves the name and the card. */
  hideMs: number;
}

export class HoverIntent<T> {
  private target: T | undefined;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private shown: T | undefined;

  constructor(
    /** A function so a changed setting applies to the next hover. */
    private readonly timings: () => HoverTimings,
    private readonly on: { intent(t: T): void; show(t: T): void; hide(): void },
  ) {}

  /** The pointer is over `t` (or over nothing: undefined). Same target again is a no-op. */
  over(t: T | undefined, same: (a: T, b: T) => boolean): void {
    if (t && this.target && same(t, this.target)) {
      this.cancelHide();
      return;
    }
    this.clearTimers();
    this.target = t;
    if (!t) {
      if (this.shown) this.scheduleHide();
      return;
    }
    this.cancelHide();
    this.timers.push(setTimeout(() => this.on.intent(t), this.timings().intentMs));
    this.timers.push(setTimeout(() => this.showNow(t), this.timings().showMs));
  }

  /** Keyboard focus opens at once. */
  showNow(t: T): void {
    this.clearTimers();
    this.cancelHide();
    this.target = t;
    this.shown = t;
    this.on.show(t);
  }

  /** The pointer is over the card itself: keep it. */
  holdOpen(): void {
    this.cancelHide();
  }

  leaveCard(): void {
    if (this.shown) this.scheduleHide();
  }

  hideNow(): void {
    this.clearTimers();
    this.cancelHide();
    this.target = undefined;
    if (this.shown !== undefined) {
      this.shown = undefined;
      this.on.hide();
    }
  }

  private scheduleHide(): void {
    this.cancelHide();
    this.hideTimer = setTimeout(() => this.hideNow(), this.timings().hideMs);
  }

  private cancelHide(): void {
    if (this.hideTimer) clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private clearTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }
}
