import { useState } from 'preact/hooks';
import { KINDS, type Kind } from '@/lib/core/kinds';
import { t } from '@/lib/shared/i18n';
import type { UserEntityDraft } from '@/lib/shared/user-entities';
import { kindLabel } from './labels';

export interface UserEntityFormProps {
  /** The entry being edited; a new one when absent. */
  initial?: UserEntityDraft;
  /** Saves the draft; resolves to a reason when it was not saved. */
  onSubmit: (draft: UserEntityDraft) => Promise<string | undefined>;
  onCancel?: () => void;
}

const EMPTY = { name: '', kind: 'model' as Kind, aliases: '', note: '', link: '' };

/** Name, kind, other names, note and link of one of the user's own entities. */
export function UserEntityForm({ initial, onSubmit, onCancel }: UserEntityFormProps) {
  const [f, setF] = useState(initial ? { ...EMPTY, ...initial, aliases: (initial.aliases ?? []).join(', ') } : EMPTY);
  const [error, setError] = useState('');
  const field = (key: keyof typeof EMPTY) => ({
    id: `user-${key}`,
    value: f[key],
    onInput: (e: Event) => setF({ ...f, [key]: (e.currentTarget as HTMLInputElement).value }),
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    const aliases = f.aliases
      .split(/[,，]/)
      .map((a) => a.trim())
      .filter(Boolean);
    const why = await onSubmit({ ...(initial?.id ? { id: initial.id } : {}), ...f, aliases });
    setError(why ?? '');
    if (!why && !initial) setF(EMPTY);
  };
  return (
    <form class="ll-user-form" onSubmit={(e) => void submit(e)}>
      <label for="user-name">{t('user_name')}</label>
      <input type="text" required {...field('name')} />
      <label for="user-kind">{t('user_kind')}</label>
      <select {...field('kind')} onChange={(e) => setF({ ...f, kind: e.currentTarget.value as Kind })}>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {kindLabel(k)}
          </option>
        ))}
      </select>
      <label for="user-aliases">{t('user_aliases')}</label>
      <input type="text" {...field('aliases')} />
      <label for="user-note">{t('user_note')}</label>
      <textarea rows={2} {...field('note')} />
      <label for="user-link">{t('user_linkLabel')}</label>
      <input type="url" placeholder="https://" {...field('link')} />
      {error && (
        <p class="ll-error" role="alert" id="user-error">
          {t('user_invalid', error)}
        </p>
      )}
      <span class="ll-add">
        <button type="submit" class="ll-more" id="user-submit">
          {t(initial ? 'user_save' : 'user_add')}
        </button>
        {onCancel && (
          <button type="button" class="ll-more" onClick={onCancel}>
            {t('user_cancel')}
          </button>
        )}
      </span>
    </form>
  );
}
