import { render, type VNode } from 'preact';
import { Card } from '@/components/Card';
import { ClaimCard } from '@/components/ClaimCard';
import styles from '@/components/styles.css?inline';
import type { PlacedMention } from '@/lib/content/paint/highlight';
import { OWN_UI_ATTR } from '@/lib/content/read/text-blocks';
import { placeCard } from '@/lib/core/place-card';
import type { PageClaim } from '@/lib/shared/claim-schemas';
import type { EntityView } from '@/lib/shared/protocol';

/** What the page adds to a card: its date (for relative statements) and its checked claims. */
export interface PageContext {
  articleDate?: string;
  claims: readonly PageClaim[];
}

/**
 * The host's own inline styles, all `!important`: inline important declarations
 * beat every page rule (even `* { all: unset !important }` or
 * `div { display: none !important }`), and `all: initial` keeps page styles
 * that inherit (fonts, colours, filters) from reaching the card.
 */
const HOST_STYLE =
  'all:initial;position:fixed;top:0;left:0;z-index:2147483647;visibility:visible;opacity:1;' +
  'pointer-events:auto;margin:0;padding:0;border:0;width:auto;height:auto;max-width:none;max-height:none;' +
  'overflow:visible;contain:none;filter:none;clip-path:none;mask:none;';
const important = (css: string) => css.replace(/;/g, ' !important;');

/**
 * Container for the hover card: one plain `div` (a page cannot define it
 * first, as it could a custom element) with a closed shadow root, created on
 * first use (so a page nobody hovers keeps its element count) and removed on
 * teardown. Page CSS and scripts cannot reach inside; ours cannot leak out.
 */
export class CardHost {
  private host: HTMLElement | undefined;
  private shadow: ShadowRoot | undefined;
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
    const host = this.doc.createElement('div');
    host.setAttribute(OWN_UI_ATTR, 'card');
    this.style(host, 'block', '');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = styles;
    const mount = this.doc.createElement('div');
    // The card's font and colour sit on .ll-root: the host's inline `all: initial !important` beats `:host`.
    mount.className = 'll-root';
    shadow.append(style, mount);
    // A page can dispatch pointer events at the host; only the user's own pointer holds the card open.
    host.addEventListener('pointerenter', (e) => e.isTrusted && this.handlers.onEnter());
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
    host.addEventListener('pointerleave', (e) => e.isTrusted && this.handlers.onLeave());
    this.doc.documentElement.append(host);
    this.host = host;
    this.shadow = shadow;
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
    this.style(host, 'block', '');
    render(card, mount);
    // The card's own box: the host element spans the viewport's width.
    const box = (mount.firstElementChild ?? host).getBoundingClientRect();
    const view = this.doc.documentElement;
    const { x, y } = placeCard(anchor, box, { width: view.clientWidth, height: view.clientHeight });
    this.style(host, 'block', `translate(${x}px, ${y}px)`);
    if (takeFocus) this.shadow?.querySelector<HTMLElement>('.ll-name')?.focus();
  }

  private style(host: HTMLElement, display: 'block' | 'none', transform: string): void {
    // Through the CSSOM, not setAttribute: a strict style-src CSP blocks style attributes, not CSSOM writes.
    host.style.cssText = important(`${HOST_STYLE}display:${display};transform:${transform || 'none'};`);
  }

  hide(): void {
    if (this.mount) render(null, this.mount);
    if (this.host) this.style(this.host, 'none', '');
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = this.mount = this.shadow = undefined;
  }
}
