/**
 * Looking up and filling in messages. Pure: the lookup (the browser's `i18n.getMessage`, or a
 * catalogue in tests) and the language are passed in. Plurals follow the language's CLDR rules
 * through `Intl.PluralRules`: `plural('attacks', 2)` reads `attacks_other` in English, `attacks_one`
 * for 1, and falls back to `_other` when a language has no form of its own for a category.
 */
export type Params = Readonly<Record<string, string | number>>;
export type Lookup = (key: string) => string | undefined;

export interface Translator {
  /** The BCP 47 language every `Intl` format uses. */
  readonly locale: string;
  text(key: string, params?: Params): string;
  plural(base: string, count: number, params?: Params): string;
  /** Applied to every finished text and format: identity, except in the render-scan test (it marks them). */
  readonly mark: (finished: string) => string;
}

/** `{name}` replaced by its value; numbers are written the language's way (1,234 / 1.234 / 1 234). */
function fill(text: string, params: Params | undefined, numbers: Intl.NumberFormat): string {
  if (!params) return text;
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** A missing message shows its key in brackets rather than nothing: a visible bug, never a blank control. */
const missing = (key: string) => `[${key}]`;

export function createTranslator(locale: string, lookup: Lookup, mark: (finished: string) => string = (s) => s): Translator {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    locale,
    mark,
    text: (key, params) => mark(fill(lookup(key) ?? missing(key), params, numbers)),
    plural(base, count, params) {
      const category = rules.select(count);
      const message = lookup(`${base}_${category}`) ?? lookup(`${base}_other`);
      return mark(fill(message ?? missing(`${base}_other`), { count, ...params }, numbers));
    },
  };
}

/**
 * The language dates and numbers are written in: the browser's UI language (with its region: en-GB
 * writes 14:10, en-US 2:10 PM) when the words are in that language too, else the language of the
 * catalogue the browser chose, so a sentence never mixes two languages ("Attacke seit Monday").
 * They differ in headless Chromium, where `--lang=de` picks the German catalogue while
 * getUILanguage() stays en-US, and in a browser whose language Penumbra has no catalogue for.
 */
export function localeForFormats(uiLanguage: string, catalogueLanguage: string | undefined): string {
  if (!catalogueLanguage) return uiLanguage;
  const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  return base(uiLanguage) === base(catalogueLanguage) ? uiLanguage : catalogueLanguage;
}
