import { useState } from 'preact/hooks';
import { kindLabel } from '@/components/labels';
import { UserEntityForm } from '@/components/UserEntityForm';
import { t } from '@/lib/shared/i18n';
import { settle } from '@/lib/shared/report';
import { removeUserEntity, saveUserEntities, type UserEntityDraft } from '@/lib/shared/user-entities';
import { useUserEntities } from './hooks';

const save = (d: UserEntityDraft) =>
  saveUserEntities([d]).then(
    () => undefined,
    (e: unknown) => String((e as Error)?.message ?? e),
  );

/** The user's own entities: listed with edit and remove, and a form to add one. Open pages see changes at once. */
export function UserEntities() {
  const list = useUserEntities();
  const [editing, setEditing] = useState<string>();
  const [saved, setSaved] = useState(false);
  const current = list.find((e) => e.id === editing);
  const submit = async (d: UserEntityDraft) => {
    const why = await save(d);
    setSaved(!why);
    if (!why) setEditing(undefined);
    return why;
  };
  return (
    <section class="ll-section" aria-labelledby="user-entities-title">
      <h2 id="user-entities-title">{t('options_userEntities')}</h2>
      <p class="ll-empty">{t('options_userEntitiesHelp')}</p>
      {list.length ? (
        <ul class="ll-list" id="user-entities">
          {list.map((e) => (
            <li key={e.id} class="ll-item" data-key={e.id}>
              <span class="ll-item-label">
                {e.name} <span class="ll-empty">({kindLabel(e.kind)})</span>
              </span>
              <button type="button" class="ll-more" onClick={() => setEditing(e.id)}>
                {t('user_edit')}
              </button>
              <button
                type="button"
                class="ll-more"
                aria-label={`${t('options_remove')} ${e.name}`}
                onClick={() => void settle(removeUserEntity(e.id), 'removing your entity')}
              >
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="ll-empty">{t('options_noUserEntities')}</p>
      )}
      <UserEntityForm
        key={current?.id ?? 'new'}
        initial={current}
        onSubmit={submit}
        onCancel={current ? () => setEditing(undefined) : undefined}
      />
      {saved && (
        <p role="status" id="user-status">
          {t('user_saved')}
        </p>
      )}
    </section>
  );
}
