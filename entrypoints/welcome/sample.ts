import { namesInFull } from '@/lib/core/match/ambiguity';
import { restoreMatcher } from '@/lib/core/match/build-matcher';
import { findMentions } from '@/lib/core/match/find-mentions';
import { unpackMatcher } from '@/lib/core/matcher-wire';
import { uiToBackground } from '@/lib/shared/rpc-clients';

/** The content script's highlight names (lablens-underline-<kind>), styled by its highlight.css. */
const SAMPLE_PREFIX = 'lablens-underline-';

/**
 * Marks the names in the sample paragraph's text with the same matcher and
 * highlight styles a news page gets. Extension pages get no content script, so
 * the welcome page does it itself; the text is never changed. Returns how many
 * names were marked.
 */
export async function paintSample(text: Text): Promise<number> {
  const bundle = unpackMatcher(await uiToBackground('getMatcher', {}));
  const matcher = restoreMatcher(bundle.compiled, bundle.aliases);
  const kinds = new Map(bundle.entities.map((e) => [e.id, e.kind]));
  const byKind = new Map<string, Range[]>();
  let n = 0;
  for (const m of findMentions(matcher, text.data)) {
    const kind = kinds.get(m.entityId);
    if (!kind || !namesInFull(m, true)) continue; // the sample is about AI: "Google" counts
    const r = new Range();
    r.setStart(text, m.start);
    r.setEnd(text, m.end);
    byKind.set(kind, [...(byKind.get(kind) ?? []), r]);
    n++;
  }
  for (const [kind, ranges] of byKind) CSS.highlights.set(SAMPLE_PREFIX + kind, new Highlight(...ranges));
  return n;
}
