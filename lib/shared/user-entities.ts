import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { KINDS } from '../core/kinds';
import { once } from '../core/once';
import { oneAtATime } from '../core/one-at-a-time';
import { USER_ENTITIES_KEY } from './user-entities-watch';

/**
 * The user's own entities: kept in `storage.local`, outside the IndexedDB
 * cache, so dataset upgrades and "reset cached data" never touch them. Local,
 * not sync: notes outgrow sync's 8 KB per item quickly.
 */
const KEY = USER_ENTITIES_KEY;
export const USER_ENTITY_CAP = 200;

const isHttps = (v: string) => {
  try {
    return new URL(v).protocol === 'https:';
  } catch {
    return false;
  }
};

const Name = () =>
  z
    .string()
    .check(
      z.trim(),
      z.minLength(2, 'at least 2 characters'),
      z.maxLength(100),
      z.regex(/^\P{Cc}*$/u, 'no control characters'),
    );

/** What the options form (or an imported file) gives; the id is made on first save. */
export const UserEntityDraft = once(() =>
  z.object({
    id: z.optional(z.string().check(z.regex(/^user:[\p{L}\p{N}-]+$/u, 'an id like user:my-model'))),
    name: Name(),
    kind: z.enum(KINDS),
    aliases: z._default(z.array(Name()).check(z.maxLength(20)), []),
    note: z._default(z.string().check(z.trim(), z.maxLength(1000)), ''),
    link: z._default(
      z.string().check(
        z.trim(),
        z.refine((v) => v === '' || isHttps(v), 'an https:// address'),
      ),
      '',
    ),
  }),
);
export type UserEntityDraft = z.input<ReturnType<typeof UserEntityDraft>>;
export type UserEntity = z.output<ReturnType<typeof UserEntityDraft>> & { id: string; updated: string };

const Stored = once(() => z.object({ ...UserEntityDraft().shape, id: z.string(), updated: z.string() }));

/** The problem with a value, in one line: "link: an https:// address". */
export function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return String(error.message);
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/** A stable, readable id: "user:" and the name's letters and digits. */
function newId(name: string, taken: Set<string>): string {
  const slug =
    name
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.join('-') || 'entity';
  let id = `user:${slug}`;
  for (let n = 2; taken.has(id); n++) id = `user:${slug}-${n}`;
  return id;
}

/** The stored list: valid entries parsed, the raw list kept so a write never drops what this version cannot read. */
async function read(): Promise<{ raw: unknown[]; entities: UserEntity[] }> {
  const value = (await browser.storage.local.get(KEY))[KEY];
  const raw = Array.isArray(value) ? value : [];
  const entities = raw.flatMap((x) => {
    const r = Stored().safeParse(x);
    return r.success ? [r.data as UserEntity] : [];
  });
  return { raw, entities };
}

export const getUserEntities = async (): Promise<UserEntity[]> => (await read()).entities;

const queue = oneAtATime();

/** Replaces or adds entries by id and removes others, one write at a time; `plan` sees the current list. */
function change<T>(plan: (current: UserEntity[]) => { put: UserEntity[]; remove?: string[]; result: T }): Promise<T> {
  return queue(async () => {
    const { raw, entities } = await read();
    const { put, remove = [], result } = plan(entities);
    const drop = new Set([...remove, ...put.map((e) => e.id)]);
    const kept = raw.filter((x) => !drop.has((x as { id?: unknown })?.id as string));
    const next = [...kept, ...put];
    if (next.length > USER_ENTITY_CAP) throw new Error(`at most ${USER_ENTITY_CAP} entities of your own`);
    await browser.storage.local.set({ [KEY]: next });
    return result;
  });
}

/**
 * Validates drafts and saves them: new ones get an id, one with an id replaces
 * that entry. Nothing is saved when any draft is invalid; the error says which and why.
 */
export async function saveUserEntities(drafts: readonly UserEntityDraft[]): Promise<UserEntity[]> {
  const parsed = drafts.map((d, i) => {
    const r = UserEntityDraft().safeParse(d);
    if (r.success) return r.data;
    const why = describeIssue(r.error);
    throw new Error(drafts.length > 1 ? `entity ${i + 1}, ${why}` : why);
  });
  const updated = new Date().toISOString().slice(0, 10);
  return change((current) => {
    const taken = new Set(current.map((e) => e.id));
    const put = parsed.map((d) => {
      const id = d.id ?? newId(d.name, taken);
      taken.add(id);
      return { ...d, aliases: [...new Set(d.aliases)], id, updated };
    });
    return { put, result: put };
  });
}

export const removeUserEntity = (id: string) => change(() => ({ put: [], remove: [id], result: undefined }));

/** Calls back with the list after every change; returns the unsubscribe. */
export function watchUserEntities(cb: (entities: UserEntity[]) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) void getUserEntities().then(cb, () => undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
