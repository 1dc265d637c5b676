import { type FactLike, NORMAL, values } from './check-claim';
import type { ClaimValue, Verdict } from './types';

/** A note that says the founders listed are not all of them ("other co-founders", "the team was larger"). */
const PARTIAL =
  /\bother\s+(?:\S+\s+){0,3}(?:co-?founders|reports|profiles|sources)|\blarger\b|\bnot\s+(?:listed|named)|incomplete|\bseveral\b|\b(?:one|two|three)\s+of\b|\bseven\b|includ|\badds?\b|also\s+described|founding\s+team|sources\s+differ|\bfurther\b|\bfriends\b|backers|co-?founders?\b|\bjoined\b/i;

/** The dataset lists every founder: two or more names, one list, and no note saying there were others. */
function completeList(f: FactLike): boolean {
  return Array.isArray(f.value) && f.value.length >= 2 && !f.alternatives?.length && !PARTIAL.test(f.note ?? '');
}

const words = (s: string) =>
  NORMAL(s)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1);

/** The name shares no word with any name the fact lists. */
const stranger = (f: FactLike, name: string) =>
  !values(f).some(
    (x) => Array.isArray(x) && x.some((n) => typeof n === 'string' && words(n).some((w) => words(name).includes(w))),
  );

/** When the fact's one chief executive took the role: "Chief executive since 2019", "Named CEO in June 2025". */
const CEO_SINCE =
  /\b(?:(?:chief\s+executive|CEO)\s+since|(?:named|became|appointed)\s+(?:as\s+)?(?:CEO|chief\s+executive)\s+in|took\s+over\s+as\s+(?:CEO|chief\s+executive)\b[^.;]{0,40}?\bin)\s+(?:(?:early|mid|late|mid-)\s*|(?:\d{1,2}\s+)?[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b/i;

/**
 * The article names someone else as the lab's CEO at a time the dataset knows its CEO: after the
 * year the listed CEO took the role and up to the fact's as-of date, outside any year the note
 * singles out ("apart from a brief removal … in November 2023").
 */
function otherCeo(f: FactLike, name: string, at: string): boolean {
  const listed = values(f).flatMap((x) => (Array.isArray(x) ? x.filter((n) => typeof n === 'string') : []));
  const ceos = listed.filter((n) => /\bCEO\b|chief\s+executive/i.test(n));
  if (!(listed.length === 1 || ceos.length === 1)) return false;
  const since = CEO_SINCE.exec(f.note ?? '');
  if (!since) return false;
  const year = Number(at.slice(0, 4));
  const named = [...(f.note ?? '').matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0]));
  return year > Number(since[1]) && at <= f.asOf && !named.includes(year) && stranger(f, name);
}

/**
 * A person claim: listed agrees. Leaders change and founders' lists differ between sources, so an
 * unlisted name says nothing, unless the dataset's founders are a whole list and the name shares no
 * word with any of them, or the article names another CEO at a date the dataset's CEO held the role.
 */
export function checkPerson(key: string, f: FactLike, value: ClaimValue, name: string | undefined): Verdict {
  if (!name || value.type !== 'person') return 'cannot-check';
  const normal = NORMAL(name);
  if (values(f).some((x) => Array.isArray(x) && x.some((n) => typeof n === 'string' && NORMAL(n).includes(normal))))
    return 'agrees';
  if (key === 'founders') return completeList(f) && stranger(f, name) ? 'disagrees' : 'cannot-check';
  return value.role === 'ceo' && value.at && otherCeo(f, name, value.at) ? 'disagrees' : 'cannot-check';
}
