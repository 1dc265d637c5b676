import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/shared/i18n';
import { report, settle } from '@/lib/shared/report';
import { uiToBackground } from '@/lib/shared/rpc-clients';
import { saveErrorText } from '@/lib/shared/save-error';
import { getSettings, type Settings, watchSettings } from '@/lib/shared/settings';
import { getUserEntities, type UserEntity, watchUserEntities } from '@/lib/shared/user-entities';

/** The settings, kept current: a change from another page or tab shows at once. */
export function useSettings(): Settings | undefined {
  const [s, setS] = useState<Settings>();
  useEffect(() => {
    void settle(getSettings().then(setS), 'reading settings');
    return watchSettings(setS);
  }, []);
  return s;
}

/** Names of hidden entities, asked for once each; an id stands in until its name arrives. */
export function useEntityNames(ids: readonly string[]): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    for (const id of ids)
      if (!names[id])
        void settle(
          uiToBackground('getEntity', { id }).then((e) => e && setNames((n) => ({ ...n, [id]: e.name }))),
          'naming a hidden entity',
        );
  }, [ids.join('\n')]);
  return names;
}

/** The keyboard shortcuts as the browser has them (the user may have changed them). */
export function useShortcuts(): Record<string, string> {
  const [shortcuts, setShortcuts] = useState<Record<string, string>>({});
  useEffect(() => {
    const all = browser.commands?.getAll();
    if (all)
      void settle(
        all.then((cmds) =>
          setShortcuts(Object.fromEntries(cmds.map((c) => [c.name ?? '', c.shortcut || t('options_unset')]))),
        ),
        'reading shortcuts',
      );
  }, []);
  return shortcuts;
}

/** Runs saves and keeps the last one's failure, in words, until a save succeeds. */
export function useSave(): { error: string; save: (p: Promise<unknown>) => Promise<boolean> } {
  const [error, setError] = useState('');
  const save = (p: Promise<unknown>) =>
    p.then(
      () => {
        setError('');
        return true;
      },
      (e: unknown) => {
        report('saving settings', e);
        setError(saveErrorText(e));
        return false;
      },
    );
  return { error, save };
}

/** The user's own entities, kept current. */
export function useUserEntities(): UserEntity[] {
  const [list, setList] = useState<UserEntity[]>([]);
  useEffect(() => {
    void settle(getUserEntities().then(setList), 'reading your entities');
    return watchUserEntities(setList);
  }, []);
  return list;
}
