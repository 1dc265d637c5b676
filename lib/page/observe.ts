import { OWN_UI_ATTR } from './text-blocks';

/**
 * One MutationObserver for the page, batched: many mutations in a burst cause
 * one callback after the page settles. Mutations inside LabLens's own UI are
 * ignored, so showing the card never triggers a rescan.
 */
export function observeText(root: Node, onChange: () => void, signal: AbortSignal, delayMs = 250): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const relevant = (m: MutationRecord) => {
    const el = m.target.nodeType === Node.ELEMENT_NODE ? (m.target as Element) : m.target.parentElement;
    return !el?.closest(`[${OWN_UI_ATTR}]`);
  };
  const observer = new MutationObserver((records) => {
    if (!records.some(relevant)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  });
  observer.observe(root, { childList: true, characterData: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
