import { fakeBrowser } from 'wxt/testing';
import { forgetTab, framesOf, rememberFrame } from '@/lib/background/frames';

// The shortcut's list of a tab's frames, kept without the tabs or webNavigation permissions.
describe('frames of a tab', () => {
  it('keeps every frame when thirty start at once, never the top frame, and forgets the tab', async () => {
    const session = new Map<string, unknown>();
    fakeBrowser.storage.session.get = (async (k: string) => ({ [k]: session.get(k) })) as never;
    fakeBrowser.storage.session.set = (async (o: Record<string, unknown>) => {
      await new Promise((r) => setTimeout(r, 1)); // a real write takes a moment: overlapping writes would race
      for (const [k, v] of Object.entries(o)) session.set(k, v);
    }) as never;
    fakeBrowser.storage.session.remove = (async (k: string) => void session.delete(k)) as never;
    await Promise.all([0, ...Array.from({ length: 30 }, (_, i) => i + 1)].map((f) => rememberFrame(9, f)));
    expect((await framesOf(9)).sort((a, b) => a - b)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    await forgetTab(9);
    expect(await framesOf(9)).toEqual([]);
  });
});
