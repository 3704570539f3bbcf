/**
 * The message catalogue, built from small per-wing files (locales/<language>/<wing>.json, each a flat
 * `{ key: text }` object) into the browser's own `_locales/<language>/messages.json` at build time.
 * Texts use `{name}` placeholders, filled in by lib/i18n/translate.ts, never the browser's `$1` ones.
 * Pure: the build hook and the tests read the files and hand them in.
 */
export const LOCALES = ['en', 'de', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The CLDR plural categories a key may end with (`attacks_one`, `attacks_other`, ...). */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

export type Catalogue = Readonly<Record<string, string>>;
export interface CatalogueFile {
  readonly name: string;
  readonly messages: unknown;
}

// Chrome and Firefox accept only these characters in a message name.
const KEY = /^[A-Za-z][A-Za-z0-9]*(_(zero|one|two|few|many|other))?$/;

/** The files of one language merged into one catalogue; a bad or repeated key is an error, never a guess. */
export function mergeCatalogueFiles(files: readonly CatalogueFile[]): Catalogue {
  const merged: Record<string, string> = {};
  const from: Record<string, string> = {};
  for (const file of files) {
    const messages = file.messages;
    if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) {
      throw new Error(`${file.name}: a catalogue file must be one object of key: text`);
    }
    for (const [key, text] of Object.entries(messages)) {
      if (!KEY.test(key)) throw new Error(`${file.name}: "${key}" is not a valid message key (letters and digits, camelCase, an optional _one/_other plural ending)`);
      if (typeof text !== 'string' || text.trim() === '') throw new Error(`${file.name}: "${key}" must be a non-empty string`);
      if (key in merged) throw new Error(`${file.name}: "${key}" is already defined in ${from[key]}`);
      merged[key] = text;
      from[key] = file.name;
    }
  }
  return merged;
}

/** The `_locales` form: `$` is the browser's substitution sign, so a literal one is written `$$`. */
export function toBrowserMessages(catalogue: Catalogue): Record<string, { message: string }> {
  const out: Record<string, { message: string }> = {};
  for (const key of Object.keys(catalogue).sort()) out[key] = { message: catalogue[key]!.replaceAll('$', '$$$$') };
  return out;
}

/** The `{name}` placeholders of a text, sorted and unique: every language must use the same set. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]!))].sort();
}

/** A key without its plural ending: `attacks_one` -> `attacks`. */
export function pluralBase(key: string): string | null {
  const m = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return m ? m[1]! : null;
}
