/**
 * Typed message keys: every key of the English catalogue files. A missing or misspelt key is a type
 * error. Type-only imports: no catalogue is bundled into any script. A new wing file goes here too.
 */
import type background from '@/locales/en/background.json';
import type common from '@/locales/en/common.json';
import type extension from '@/locales/en/extension.json';
import type page from '@/locales/en/page.json';
import type popup from '@/locales/en/popup.json';
import type report from '@/locales/en/report.json';
import type review from '@/locales/en/review.json';

type AnyKey = keyof (typeof background & typeof common & typeof extension & typeof page & typeof popup & typeof report & typeof review);
type PluralEnding = `_${'zero' | 'one' | 'two' | 'few' | 'many' | 'other'}`;

/** A key read as it is (`t`). */
export type TextKey = Exclude<AnyKey, `${string}${PluralEnding}`>;
/** The base of a plural key pair (`tp`): `attacks` for `attacks_one` / `attacks_other`. */
export type PluralKey = AnyKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;
