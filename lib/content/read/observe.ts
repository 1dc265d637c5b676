import { OWN_UI_ATTR } from './text-blocks';

/**
 * One MutationObserver for the page, batched: a burst of mutations becomes one
 * callback with the subtrees to read again (added elements, changed text's
 * parents), after the page settles. LabLens's own UI is ignored, so showing the
 * card never causes a rescan. Open shadow roots can be added to the same observer.
 */
export interface TextObserver {
  observe(root: Node): void;
}

export function observeText(
  root: Node,
  onChange: (changed: Set<Node>, removed: boolean) => void,
  signal: AbortSignal,
  delayMs = 100,
): TextObserver {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let changed = new Set<Node>();
  let removed = false;
  const own = (n: Node) => {
    const el = n.nodeType === Node.ELEMENT_NODE ? (n as Element) : n.parentElement;
    return !!el?.closest(`[${OWN_UI_ATTR}]`);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (own(r.target)) continue;
      if (r.type === 'characterData') {
        if (r.target.parentNode) changed.add(r.target.parentNode);
        continue;
      }
      if (r.removedNodes.length) removed = true;
      for (const n of r.addedNodes) if (!own(n)) changed.add(n.nodeType === Node.ELEMENT_NODE ? n : r.target);
    }
    if (!changed.size && !removed) return;
    // Throttled, not debounced: a page that never stops changing (a live blog, a stream of
    // paragraphs) still gets a pass every `delayMs`.
    timer ??= setTimeout(() => {
      timer = undefined;
      const batch = changed;
      const hadRemoval = removed;
      changed = new Set();
      removed = false;
      onChange(batch, hadRemoval);
    }, delayMs);
  });
  const options = { childList: true, characterData: true, subtree: true };
  observer.observe(root, options);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return { observe: (r) => observer.observe(r, options) };
}
