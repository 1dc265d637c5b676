import { ToBackground, ToContent } from './protocol';
import { call } from './rpc';

type BgKey = keyof typeof ToBackground & string;
type CtKey = keyof typeof ToContent & string;

/** Extension pages → background. */
export const askBackground = <K extends BgKey>(type: K, payload: Parameters<typeof call<typeof ToBackground, K>>[2]) =>
  call(ToBackground, type, payload, (m) => browser.runtime.sendMessage(m));

/** Popup → the content script of one tab. */
export const askTab = <K extends CtKey>(
  tabId: number,
  type: K,
  payload: Parameters<typeof call<typeof ToContent, K>>[2],
) => call(ToContent, type, payload, (m) => browser.tabs.sendMessage(tabId, m, { frameId: 0 })); // the page, not its iframes
