import type { Words } from '@/lib/i18n/words';
import { t, tp, uiLocale } from '@/lib/i18n/ui-text';

/** The browser's UI language and catalogue, for the pure lib/ helpers that build the page's sentences. */
export const words: Words = {
  get locale() {
    return uiLocale();
  },
  t,
  tp,
};
