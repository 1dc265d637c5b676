import { render, type VNode } from 'preact';
import { Card } from '@/components/Card';
import { ClaimCard } from '@/components/ClaimCard';
import styles from '@/components/styles.css?inline';
import type { PlacedMention } from '@/lib/content/paint/highlight';
import { OWN_UI_ATTR } from '@/lib/content/read/text-blocks';
import { placeCard } from '@/lib/core/place-card';
import type { PageClaim } from '@/lib/shared/claim-schemas';
import type { EntityView } from '@/lib/shared/protocol';

/**
 * Writes and new tabs need a real user gesture: a page script can dispatch a
 * click into the card, but cannot give the page transient user activation.
 */
const userGesture = () =>
  (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation?.isActive ?? true;

/** What the page adds to a card: its date (for relative statements) and its checked claims. */
export interface PageContext {
  articleDate?: string;
  claims: readonly PageClaim[];
}

/**
 * Container for the hover card: one host element with an open shadow root,
 * created on first use (so a page nobody hovers keeps its element count) and
 * removed on teardown. Page CSS cannot reach inside; ours cannot leak out.
 */
export class CardHost {
  private host: HTMLElement | undefined;
  private mount: HTMLElement | undefined;
  private gestureAt = Number.NEGATIVE_INFINITY;

  /** A trusted pointer or key press in the card within the last second. */
  private gesture(): boolean {
    return performance.now() - this.gestureAt < 1000;
  }

  constructor(
    private readonly doc: Document,
    private readonly handlers: {
      onMore(id: string): void;
      onMute(id: string): void;
      onClose(): void;
      onEnter(): void;
      onLeave(): void;
    },
  ) {}

  private ensure(): HTMLElement {
    if (this.mount) return this.mount;
    const host = this.doc.createElement('lablens-card');
    host.setAttribute(OWN_UI_ATTR, '');
    host.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;display:block;';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = styles;
    const mount = this.doc.createElement('div');
    shadow.append(style, mount);
    host.addEventListener('pointerenter', () => this.handlers.onEnter());
    // Writes and new tabs need a real gesture in the card: a page script can dispatch a click into it,
    // but its events are never trusted.
    for (const type of ['pointerdown', 'keydown'])
      host.addEventListener(
        type,
        (e) => {
          if (e.isTrusted) this.gestureAt = performance.now();
        },
        { capture: true },
      );
    host.addEventListener('pointerleave', () => this.handlers.onLeave());
    this.doc.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  /** Shows an entity's card next to `anchor` (the name's box), never covering it. */
  show(
    entity: EntityView,
    anchor: DOMRect,
    mention: PlacedMention,
    takeFocus: boolean,
    page: PageContext,
  ): Promise<void> {
    return this.place(
      <Card
        entity={entity}
        compact
        matched={mention.matched}
        unknownVersion={mention.unknownVersion}
        articleDate={page.articleDate}
        claims={page.claims.filter((c) => c.entityId === entity.id)}
        onMute={() => this.gesture() && this.handlers.onMute(entity.id)}
        onMore={() => this.gesture() && this.handlers.onMore(entity.id)}
        onClose={() => this.handlers.onClose()}
      />,
      anchor,
      takeFocus,
    );
  }

  /** Shows a claim's card: the article's words and the dataset's figure. */
  showClaim(claim: PageClaim, anchor: DOMRect, takeFocus: boolean, page: PageContext): Promise<void> {
    return this.place(
      <ClaimCard claim={claim} articleDate={page.articleDate} onClose={() => this.handlers.onClose()} />,
      anchor,
      takeFocus,
    );
  }

  private async place(card: VNode, anchor: DOMRect, takeFocus: boolean): Promise<void> {
    await Promise.resolve(); // callers await a card that is placed, as before
    const mount = this.ensure();
    const host = this.host!;
    host.style.display = 'block';
    render(card, mount);
    // The card's own box: the host element spans the viewport's width.
    const box = (mount.firstElementChild ?? host).getBoundingClientRect();
    const view = this.doc.documentElement;
    const { x, y } = placeCard(anchor, box, { width: view.clientWidth, height: view.clientHeight });
    host.style.transform = `translate(${x}px, ${y}px)`;
    if (takeFocus) host.shadowRoot?.querySelector<HTMLElement>('.ll-name')?.focus();
  }

  hide(): void {
    if (this.mount) render(null, this.mount);
    if (this.host) this.host.style.display = 'none';
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = this.mount = undefined;
  }
}
