import { useState } from 'preact/hooks';
import { t } from '@/lib/shared/i18n';
import { settle } from '@/lib/shared/report';
import { saveErrorText } from '@/lib/shared/save-error';
import { exportUserData, importUserData, parseUserData } from '@/lib/shared/user-data';

/** Saves `data` as a file through the browser's download of a blob URL. */
function download(data: unknown, name: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Export and import of the user's data; a refused file says why and changes nothing. */
export function Backup() {
  // `n` counts imports: the same message twice is still a new answer.
  const [status, setStatus] = useState<{ ok: boolean; text: string; n: number }>();
  const say = (ok: boolean, text: string) => setStatus((s) => ({ ok, text, n: (s?.n ?? 0) + 1 }));
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseUserData(await file.text());
    if ('error' in parsed) return say(false, t('options_importFailed', parsed.error));
    try {
      say(true, t('options_imported', await importUserData(parsed.data)));
    } catch (e) {
      say(false, saveErrorText(e));
    }
  };
  return (
    <section class="ll-section" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('options_backup')}</h2>
      <p class="ll-empty">{t('options_backupHelp')}</p>
      <span class="ll-add">
        <button
          type="button"
          class="ll-more"
          id="export"
          onClick={() =>
            void settle(
              exportUserData().then((d) => download(d, `lablens-${d.exportedAt.slice(0, 10)}.json`)),
              'exporting your data',
            )
          }
        >
          {t('options_export')}
        </button>
        <label for="import-file">{t('options_import')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e.currentTarget as HTMLInputElement)}
        />
      </span>
      {status && (
        <p
          id="import-status"
          data-n={status.n}
          class={status.ok ? undefined : 'll-error'}
          role={status.ok ? 'status' : 'alert'}
        >
          {status.text}
        </p>
      )}
    </section>
  );
}
