import { ContentToBackground, PopupToContent, UiToBackground } from './protocol';
import { call } from './rpc';

type C = typeof ContentToBackground;
type U = typeof UiToBackground;
type P = typeof PopupToContent;

/** Content script → background. */
export const contentToBackground = <K extends keyof C & string>(type: K, payload: Parameters<typeof call<C, K>>[2]) =>
  call(ContentToBackground, type, payload, (m) => browser.runtime.sendMessage(m));

/** Extension pages (popup, options) → background. */
export const uiToBackground = <K extends keyof U & string>(type: K, payload: Parameters<typeof call<U, K>>[2]) =>
  call(UiToBackground, type, payload, (m) => browser.runtime.sendMessage(m));

/** Popup → the content script of one tab: the page, not its iframes. */
export const popupToContent = <K extends keyof P & string>(
  tabId: number,
  type: K,
  payload: Parameters<typeof call<P, K>>[2],
) => call(PopupToContent, type, payload, (m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 }));
