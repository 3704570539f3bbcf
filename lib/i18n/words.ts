/**
 * What pure lib/ code that builds sentences is handed: the UI's `t` / `tp` and the language for
 * `Intl`. The review page passes the browser's (entrypoints/review/words.ts); tests pass any
 * language's catalogue through `wordsOf(createTranslator(...))`. No browser API here.
 */
import type { PluralKey, TextKey } from './keys';
import type { Params, Translator } from './translate';

export interface Words {
  /** The BCP 47 language dates and numbers are written in. */
  readonly locale: string;
  t(key: TextKey, params?: Params): string;
  tp(key: PluralKey, count: number, params?: Params): string;
}

export const wordsOf = (translator: Translator): Words => ({
  locale: translator.locale,
  t: (key, params) => translator.text(key, params),
  tp: (key, count, params) => translator.plural(key, count, params),
});
