import * as z from 'zod/mini';
import { once } from '../core/once';
import { getSettings, SettingsSchema, updateSettings } from './settings';
import { describeIssue, getUserEntities, saveUserEntities, USER_ENTITY_CAP, UserEntityDraft } from './user-entities';

/**
 * The user's data as one JSON file: settings (with disabled sites and hidden
 * names) and their own entities. Importing replaces the settings the file
 * has and adds or updates its entities by id; entities not in the file stay.
 */
const FORMAT = 'lablens-user-data';
const VERSION = 1;

const UserDataFile = once(() =>
  z.object({
    format: z.literal(FORMAT),
    version: z.literal(VERSION),
    exportedAt: z.optional(z.string()),
    settings: z.partial(SettingsSchema()),
    userEntities: z._default(z.array(UserEntityDraft()).check(z.maxLength(USER_ENTITY_CAP)), []),
  }),
);
export type UserDataFile = z.output<ReturnType<typeof UserDataFile>>;

export async function exportUserData() {
  return {
    format: FORMAT,
    version: VERSION,
    exportedAt: new Date().toISOString(),
    settings: await getSettings(),
    userEntities: await getUserEntities(),
  };
}

/** The file's data, or a one-line reason it cannot be imported. */
export function parseUserData(text: string): { data: UserDataFile } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'the file is not JSON' };
  }
  const head = json as { format?: unknown; version?: unknown } | null;
  if (head?.format !== FORMAT) return { error: 'the file is not a LabLens export' };
  if (head.version !== VERSION) return { error: `the file's format version ${String(head.version)} is not ${VERSION}` };
  const r = UserDataFile().safeParse(json);
  return r.success ? { data: r.data } : { error: describeIssue(r.error) };
}

/**
 * Applies a parsed file; returns how many entities it saved. Limits are
 * checked before the first write, so a file refused here changes nothing.
 */
export async function importUserData(data: UserDataFile): Promise<number> {
  const ids = new Set((await getUserEntities()).map((e) => e.id));
  const added = data.userEntities.filter((e) => !e.id || !ids.has(e.id)).length;
  if (ids.size + added > USER_ENTITY_CAP) throw new Error(`at most ${USER_ENTITY_CAP} entities of your own`);
  await updateSettings((s) => ({ ...s, ...data.settings }));
  return (await saveUserEntities(data.userEntities)).length;
}
