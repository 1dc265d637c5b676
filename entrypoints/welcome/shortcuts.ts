import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '@/lib/shared/i18n';
import { settle } from '@/lib/shared/report';

/** The manifest's commands and their descriptions. */
export const COMMANDS = { 'next-mention': 'cmd_next', 'prev-mention': 'cmd_prev' } as const satisfies Record<
  string,
  MessageKey
>;
type Command = keyof typeof COMMANDS;

interface Shortcut {
  name: Command;
  /** What the browser assigned ('' when it assigned nothing, e.g. the keys were taken). */
  shortcut: string;
  /** The manifest's suggested keys, offered when nothing is assigned. */
  suggested: string;
}

/** The two shortcuts as the browser has them now: the user may have changed them. */
export function useShortcuts(): Shortcut[] {
  const manifest = browser.runtime.getManifest().commands ?? {};
  const initial = (Object.keys(COMMANDS) as Command[]).map((name) => {
    const key = manifest[name]?.suggested_key;
    return { name, shortcut: '', suggested: (typeof key === 'string' ? key : key?.default) ?? '' };
  });
  const [list, setList] = useState<Shortcut[] | undefined>();
  useEffect(() => {
    void settle(
      browser.commands.getAll().then((all) => {
        const assigned = new Map(all.map((c) => [c.name, c.shortcut ?? '']));
        setList(initial.map((s) => ({ ...s, shortcut: assigned.get(s.name) ?? '' })));
      }),
      'reading shortcuts',
    );
  }, []);
  return list ?? initial;
}
