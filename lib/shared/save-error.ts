import { t } from './i18n';
import { SettingsLimitError } from './settings';

/** What a failed save says to the user: the cap that was hit, or the browser's reason in plain words. */
export function saveErrorText(e: unknown): string {
  if (e instanceof SettingsLimitError)
    return t(e.list === 'disabledSites' ? 'settings_tooManySites' : 'settings_tooManyMuted', e.cap);
  const message = String((e as Error)?.message ?? e);
  // Chromium names the quota ("Resource::kQuotaBytesPerItem quota exceeded"); Firefox says "exceeded its quota".
  const reason = /MAX_WRITE_OPERATIONS|MaxWriteOperations/i.test(message)
    ? t('settings_tooFast')
    : /quota/i.test(message)
      ? t('settings_quota')
      : message;
  return t('settings_saveFailed', reason);
}
