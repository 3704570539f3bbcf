import { describe, expect, it } from 'vitest';
import { formatDuration as attackDuration } from '@/components/attack/local-time';
import type { Locale } from '@/lib/i18n/catalogue';
import * as f from '@/lib/i18n/format';
import { createTranslator, localeForFormats } from '@/lib/i18n/translate';
import { readCatalogues } from '@/scripts/locale-files';
import { speak } from '../../support/speak';

// Unit tests run with TZ=Europe/Berlin: clocks go forward on 2026-03-29 at 02:00 (to 03:00) and
// back on 2026-10-25 at 03:00 (to 02:00). Intl writes some spaces as no-break or thin spaces (U+00A0,
// U+202F, U+2009: "30 %" never breaks across lines); `plain` turns them into ordinary spaces to compare.
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');
const catalogues = readCatalogues();

const SPRING = [new Date('2026-03-29T00:30:00Z'), new Date('2026-03-29T01:30:00Z')] as const; // 01:30 CET, 03:30 CEST
const AUTUMN = [new Date('2026-10-25T00:30:00Z'), new Date('2026-10-25T01:30:00Z')] as const; // 02:30 CEST, 02:30 CET

interface Expected {
  date: string;
  times: [string, string, string, string];
  dateTime: string;
  weekdayDate: string;
  range: string;
  durations: [string, string, string];
  number: string;
  percent: string;
  firstDay: number;
  firstWeekday: string;
}

const EXPECTED: Record<string, Expected> = {
  'en-US': {
    date: 'Mar 29, 2026', times: ['1:30 AM', '3:30 AM', '2:30 AM', '2:30 AM'], dateTime: 'Mar 29, 2026, 3:30 AM',
    weekdayDate: 'Sunday, October 25', range: 'Mar 28 – 30, 2026', durations: ['45 min', '2 hr', '2 hr 5 min'],
    number: '1,234.5', percent: '30%', firstDay: 0, firstWeekday: 'Sun',
  },
  'en-GB': {
    date: '29 Mar 2026', times: ['01:30', '03:30', '02:30', '02:30'], dateTime: '29 Mar 2026, 03:30',
    weekdayDate: 'Sunday 25 October', range: '28 – 30 Mar 2026', durations: ['45 mins', '2 hrs', '2 hrs 5 mins'],
    number: '1,234.5', percent: '30%', firstDay: 1, firstWeekday: 'Mon',
  },
  de: {
    date: '29.03.2026', times: ['01:30', '03:30', '02:30', '02:30'], dateTime: '29.03.2026, 03:30',
    weekdayDate: 'Sonntag, 25. Oktober', range: '28.–30. März 2026', durations: ['45 Min.', '2 Std.', '2 Std., 5 Min.'],
    number: '1.234,5', percent: '30 %', firstDay: 1, firstWeekday: 'Mo',
  },
  fr: {
    date: '29 mars 2026', times: ['01:30', '03:30', '02:30', '02:30'], dateTime: '29 mars 2026, 03:30',
    weekdayDate: 'dimanche 25 octobre', range: '28–30 mars 2026', durations: ['45 min', '2 h', '2 h 5 min'],
    number: '1 234,5', percent: '30 %', firstDay: 1, firstWeekday: 'lun.',
  },
  es: {
    // Spanish groups thousands only from five digits (CLDR minimumGroupingDigits 2): 1234,5 but 12.345.
    date: '29 mar 2026', times: ['1:30', '3:30', '2:30', '2:30'], dateTime: '29 mar 2026, 3:30',
    weekdayDate: 'domingo, 25 de octubre', range: '28–30 mar 2026', durations: ['45 min', '2 h', '2 h 5 min'],
    number: '1234,5', percent: '30 %', firstDay: 1, firstWeekday: 'lun',
  },
};

describe.each(Object.keys(EXPECTED))('formats in %s', (locale) => {
  const e = EXPECTED[locale]!;

  it('dates and local times across both DST changes (an hour skipped, an hour repeated)', () => {
    expect(plain(f.formatDate(locale, SPRING[0]))).toBe(e.date);
    expect([...SPRING, ...AUTUMN].map((d) => plain(f.formatTime(locale, d)))).toEqual(e.times);
    expect(plain(f.formatDateTime(locale, SPRING[1]))).toBe(e.dateTime);
    expect(plain(f.formatWeekdayDate(locale, AUTUMN[0]))).toBe(e.weekdayDate);
    // Noon on the days around the spring change: the range still spans three calendar days.
    expect(plain(f.formatDateRange(locale, new Date(2026, 2, 28, 12), new Date(2026, 2, 30, 12)))).toBe(e.range);
  });

  it('durations: 45 min, 2 h, 2 h 5 min', () => {
    expect([45, 120, 125].map((m) => plain(f.formatDuration(locale, m)))).toEqual(e.durations);
  });

  it('an attack across the DST change lasts its elapsed time, not its wall-clock difference', () => {
    // 01:30 to 03:30 on the clock on 29 March 2026 is one hour; 02:30 to 02:30 on 25 October is one hour too.
    speak(locale.slice(0, 2) as Locale, locale);
    const hour = plain(f.formatDuration(locale, 60));
    expect(plain(attackDuration(SPRING[0].toISOString(), SPRING[1].toISOString()))).toBe(hour);
    expect(plain(attackDuration(AUTUMN[0].toISOString(), AUTUMN[1].toISOString()))).toBe(hour);
  });

  it('numbers and percentages', () => {
    expect(plain(f.formatNumber(locale, 1234.5))).toBe(e.number);
    expect(plain(f.formatPercent(locale, 0.3))).toBe(e.percent);
  });

  it('the first day of the week, and the weekday names in calendar order', () => {
    expect(f.firstDayOfWeek(locale)).toBe(e.firstDay);
    const names = f.weekdayNames(locale);
    expect(names).toHaveLength(7);
    expect(names[0]).toBe(e.firstWeekday);
    expect(new Set(names).size).toBe(7);
  });
});

describe('a percentage or a grouped number does not break across lines', () => {
  it.each([
    ['fr', () => f.formatNumber('fr', 1234.5)],
    ['de', () => f.formatPercent('de', 0.3)],
    ['fr', () => f.formatPercent('fr', 0.3)],
  ])('%s', (_, format) => expect(format()).not.toContain(' '));
});

describe('plurals (Intl.PluralRules through translate.ts)', () => {
  // A small catalogue of the plural pairs the popup and the review page need.
  const nouns: Record<Locale, Record<string, string>> = {
    en: { attacks_one: '{count} attack', attacks_other: '{count} attacks', days_one: '{count} day', days_other: '{count} days' },
    de: { attacks_one: '{count} Attacke', attacks_other: '{count} Attacken', days_one: '{count} Tag', days_other: '{count} Tage' },
    fr: { attacks_one: '{count} crise', attacks_other: '{count} crises', days_one: '{count} jour', days_other: '{count} jours' },
    es: { attacks_one: '{count} crisis', attacks_other: '{count} crisis', days_one: '{count} día', days_other: '{count} días' },
  };
  it.each([
    // French counts 0 as singular ("0 crise"); English, German and Spanish as plural.
    ['en', ['0 attacks', '1 attack', '2 attacks'], ['0 days', '1 day', '2 days']],
    ['de', ['0 Attacken', '1 Attacke', '2 Attacken'], ['0 Tage', '1 Tag', '2 Tage']],
    ['fr', ['0 crise', '1 crise', '2 crises'], ['0 jour', '1 jour', '2 jours']],
    ['es', ['0 crisis', '1 crisis', '2 crisis'], ['0 días', '1 día', '2 días']],
  ] as const)('%s: 0, 1, 2 attacks and days', (language, attacks, days) => {
    const t = createTranslator(language, (key) => nouns[language][key]);
    expect([0, 1, 2].map((n) => t.plural('attacks', n))).toEqual(attacks);
    expect([0, 1, 2].map((n) => t.plural('days', n))).toEqual(days);
  });

  it.each([
    ['en', ['0 minutes ago', '1 minute ago', '2 minutes ago'], '1,000,000 minutes ago'],
    ['de', ['vor 0 Minuten', 'vor 1 Minute', 'vor 2 Minuten'], 'vor 1.000.000 Minuten'],
    ['fr', ['il y a 0 minute', 'il y a 1 minute', 'il y a 2 minutes'], 'il y a 1 000 000 minutes'],
    ['es', ['hace 0 minutos', 'hace 1 minuto', 'hace 2 minutos'], 'hace 1.000.000 minutos'],
  ] as const)('%s: the shipped catalogue, with CLDR "many" falling back to "other"', (language, counts, million) => {
    const t = createTranslator(language, (key) => catalogues[language][key]);
    expect([0, 1, 2].map((n) => t.plural('minutesAgo', n))).toEqual(counts);
    // French and Spanish put 1 000 000 in the "many" category; the catalogue's "other" form is used.
    expect(plain(t.plural('minutesAgo', 1_000_000))).toBe(million);
  });

  it('the backup offer counts attacks in each language', () => {
    const offer = (language: Locale, n: number) => createTranslator(language, (key) => catalogues[language][key]).plural('backupOffer', n);
    expect(offer('en', 5)).toMatch(/^Your log has 5 attacks now\./);
    expect(offer('en', 1)).toMatch(/^Your log has 1 attack now\./);
    expect(offer('de', 5)).toMatch(/^Ihr Protokoll enthält jetzt 5 Attacken\./);
    expect(offer('fr', 5)).toMatch(/^Votre journal compte maintenant 5 crises\./);
    expect(offer('es', 5)).toMatch(/^Su registro tiene ya 5 crisis\./);
  });
});

describe('texts with placeholders (translate.ts)', () => {
  it.each([
    ['en', 'A medicine name is at most 1,234.5 characters.'],
    ['de', 'Ein Medikamentenname hat höchstens 1.234,5 Zeichen.'],
    ['fr', 'Un nom de médicament compte au plus 1 234,5 caractères.'],
    ['es', 'El nombre de un medicamento tiene como máximo 1234,5 caracteres.'],
  ] as const)('%s writes a number parameter its own way', (language, text) => {
    const t = createTranslator(language, (key) => catalogues[language][key]);
    expect(plain(t.text('errorMedicineNameTooLong', { max: 1234.5 }))).toBe(text);
  });

  it('a missing key shows itself in brackets, never a blank control', () => {
    expect(createTranslator('de', () => undefined).text('noSuchKey')).toBe('[noSuchKey]');
  });

  it.each(['en', 'de', 'fr', 'es'] as const)('%s: the 72-hour line is the glossary\'s exact wording', (language) => {
    const glossary = {
      en: 'An attack lasting more than 72 hours needs medical attention: contact your doctor or urgent care.',
      de: 'Eine Attacke, die länger als 72 Stunden dauert, muss ärztlich behandelt werden: Wenden Sie sich an Ihre Ärztin, Ihren Arzt oder den Notdienst.',
      fr: 'Une crise qui dure plus de 72 heures nécessite une prise en charge médicale : contactez votre médecin ou les urgences.',
      es: 'Una crisis que dura más de 72 horas necesita atención médica: contacte con su médico o con urgencias.',
    };
    expect(catalogues[language].longAttackAdvice).toBe(glossary[language]);
    expect(catalogues[language].longAttackRule).toContain('ICHD-3 1.4.1');
  });
});

describe('the language of dates and numbers follows the words (localeForFormats)', () => {
  it.each([
    ['en-GB', 'en', 'en-GB'],
    ['en-US', 'en', 'en-US'],
    ['de-AT', 'de', 'de-AT'],
    ['de', 'de', 'de'],
    // Headless Chromium with --lang=de: German words, getUILanguage() en-US.
    ['en-US', 'de', 'de'],
    // A browser in Portuguese: English words (the default catalogue), so English dates.
    ['pt-BR', 'en', 'en'],
    ['fr-CA', undefined, 'fr-CA'],
  ] as const)('UI %s, catalogue %s: %s', (ui, catalogue, expected) => {
    expect(localeForFormats(ui, catalogue)).toBe(expected);
  });
});
