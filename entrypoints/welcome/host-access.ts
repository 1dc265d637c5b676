import { useEffect, useState } from 'preact/hooks';
import { report } from '@/lib/shared/report';

/** The sites the content script is declared for: what Firefox asks the user to allow. */
const origins = () => browser.runtime.getManifest().content_scripts?.flatMap((c) => c.matches ?? []) ?? [];

/**
 * Whether LabLens may read pages. Chromium grants the content script's sites at
 * install; Firefox (MV3) leaves them to the user. Follows grants made anywhere
 * (the add-ons manager too). `request` must run inside a real click's handler.
 */
export function useHostAccess(): { granted: boolean | undefined; request: () => void } {
  const [granted, setGranted] = useState<boolean>();
  useEffect(() => {
    const check = () =>
      void browser.permissions
        .contains({ origins: origins() })
        .then(setGranted, (e: unknown) => report('permissions', e));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  const request = () =>
    void browser.permissions.request({ origins: origins() }).then(setGranted, (e: unknown) => report('permissions', e));
  return { granted, request };
}
