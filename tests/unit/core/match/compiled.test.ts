import { buildMatcher, compileMatcher, restoreMatcher } from '@/lib/core/match/build-matcher';
import { findMentions } from '@/lib/core/match/find-mentions';
import type { MatchAlias } from '@/lib/core/match/types';

// The background builds the matcher once; pages restore it from plain data (JSON through messaging).
const ALIASES: MatchAlias[] = [
  { text: 'DeepSeek', entityId: 'deepseek' },
  { text: 'DeepSeek-V3', entityId: 'deepseek-v3' },
  { text: 'Meta', entityId: 'meta', caseSensitive: true },
  { text: 'GPT', entityId: 'gpt', familyPattern: true },
  { text: '深度求索', entityId: 'deepseek' },
];
const TEXT = 'DeepSeek V3 beat GPT-5.5 on some metadata; Meta and 深度求索发布 too.';

it('a restored matcher finds exactly what the built one finds', () => {
  const built = buildMatcher(ALIASES);
  const restored = restoreMatcher(JSON.parse(JSON.stringify(compileMatcher(ALIASES))), ALIASES);
  const found = findMentions(restored, TEXT);
  expect(found).toEqual(findMentions(built, TEXT));
  expect(found.map((m) => [m.matched, m.entityId, m.unknownVersion ?? false])).toEqual([
    ['DeepSeek V3', 'deepseek-v3', false],
    ['GPT-5.5', 'gpt', '5.5'],
    ['Meta', 'meta', false],
    ['深度求索', 'deepseek', false],
  ]);
});
