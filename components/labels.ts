import type { ValueWords } from '@/lib/core/fact-rows';
import { isMessageKey, t } from '@/lib/shared/i18n';

/** Translated labels for kinds, facts and relations. */
export const kindLabel = (kind: string, isFamily = false): string => {
  const key = `kind_${kind}`;
  const name = isMessageKey(key) ? t(key) : kind;
  return isFamily ? t('kindFamily', name) : name;
};

export const factLabel = (key: string): string => {
  const k = `fact_${key}`;
  return isMessageKey(k) ? t(k) : key;
};

export const relationGroupLabel = (type: string): string => {
  const k = `rel_${type}`;
  return isMessageKey(k) ? t(k) : type;
};

export const valueWords = (): ValueWords => ({
  yes: t('value_yes'),
  no: t('value_no'),
  tokens: (n) => t('value_tokens', n),
});
