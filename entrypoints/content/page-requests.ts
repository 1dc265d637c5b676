import type { MentionCursor } from '@/lib/content/navigate';
import type { PageReader } from '@/lib/content/page-reader';
import type { PlacedMention } from '@/lib/content/paint/highlight';
import { PopupToContent } from '@/lib/shared/protocol';
import { type Handlers, serve } from '@/lib/shared/rpc';
import { countMentions } from './page-mentions';

/** What the popup and the keyboard shortcut ask of this page. */
export function servePageRequests(
  reader: PageReader,
  cursor: MentionCursor,
  goTo: (m: PlacedMention, keyboard: boolean) => void,
  claims: Pick<Handlers<typeof PopupToContent>, 'getPageClaims' | 'jumpToClaim'>,
) {
  return serve(PopupToContent, {
    getPage: () => ({ url: location.href, title: document.title }),
    getPageMentions: () => {
      const on = reader.active;
      // Answers at once with what is known; the popup asks again until the page is read.
      reader.readRest();
      return {
        complete: reader.complete || !on,
        mentions: countMentions(reader.mentions(), reader.bundle),
      };
    },
    jumpTo: async ({ entityId }) => {
      const m = (await reader.everything()).find((x) => x.entityId === entityId);
      if (m) goTo(m, false);
      return !!m;
    },
    navigate: async ({ direction }) => {
      const m = cursor.step(await reader.everything(), direction);
      if (m) goTo(m, true);
      return !!m;
    },
    ...claims,
  });
}
