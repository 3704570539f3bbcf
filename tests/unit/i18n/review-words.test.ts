/**
 * The review page's and the report's sentences built by pure lib/ code, in each language: the right
 * class names, counts, months and dates, the glossary's medical terms, the ICHD-3 / AHS citations.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { medicationDays, monthNotes, overuseNotices, type AnalysisAttack } from '@/lib/analysis';
import { backupProblemText, parseBackup } from '@/lib/backup';
import { LOCALES } from '@/lib/i18n/catalogue';
import { periodLabel, resolvePeriod } from '@/lib/review/period';
import { preventiveNote } from '@/lib/review/preventive-note';
import { reportMonthNotes } from '@/lib/review/report-month-notes';
import { minutesText, reliefText, tooFewText, type Treatment } from '@/lib/review/treatments';
import { LOCALES_DIR, readCatalogues } from '@/scripts/locale-files';
import { attack, local } from '../../support/analysis-builders';
import { english, wordsIn } from '../../support/words';

const de = wordsIn('de');
const fr = wordsIn('fr');
const es = wordsIn('es');

function triptanDays(month: number, days: number): AnalysisAttack[] {
  return Array.from({ length: days }, (_, i) =>
    attack(`t${month}-${i}`, local(2026, month, i + 1, 9), { medications: [{ name: 'sumatriptan', class: 'triptan', takenAt: local(2026, month, i + 1, 10) }] }),
  );
}
const noticesAt = (attacks: AnalysisAttack[], now: Date, words = english) => overuseNotices(medicationDays({ attacks }, now), now, words);

describe('overuse notices in other languages', () => {
  it('German: the class, the count, the month, the glossary term and ICHD-3 8.2', () => {
    const [notice] = noticesAt(triptanDays(3, 11), new Date(2026, 2, 20), de);
    expect(notice).toContain('In diesem Monat zeigt Ihr Tagebuch bisher Triptane an 11 Tagen im März');
    expect(notice).toContain('ab 10 Tagen im Monat kann sich ein Kopfschmerz bei Medikamentenübergebrauch entwickeln');
    expect(notice).toContain('Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt');
    expect(notice).toContain('ICHD-3 8.2');
  });

  it('French: three months in a row, with French month names and the ICHD-3 duration', () => {
    const attacks = [...triptanDays(1, 10), ...triptanDays(2, 10), ...triptanDays(3, 10)];
    const run = noticesAt(attacks, new Date(2026, 2, 25), fr).find((n) => n.includes('d’affilée'));
    expect(run).toContain('depuis trois mois d’affilée (janvier 2026 à mars 2026)');
    expect(run).toContain('ICHD-3 (8.2)');
    expect(run).toContain('céphalée par abus médicamenteux');
  });

  it('Spanish: frequent headache is a pattern to raise with a doctor, never a diagnosis', () => {
    const attacks = Array.from({ length: 15 }, (_, i) => attack(`h${i}`, local(2026, 3, i + 1, 9)));
    expect(noticesAt(attacks, new Date(2026, 2, 20), es)).toEqual([
      'En lo que va de mes: 15 días de cefalea en marzo, un patrón de cefalea frecuente (15 o más días al mes), que conviene comentar con su médico o médica.',
    ]);
  });

  it('one gepant day is "1 day" (plural rules), in every language', () => {
    const attacks = [attack('g', local(2026, 3, 2, 9), { medications: [{ class: 'gepant', takenAt: local(2026, 3, 2, 9) }] })];
    const march = medicationDays({ attacks }, new Date(2026, 2, 31)).at(-1)!;
    expect(monthNotes(march, english)[0]).toMatch(/^gepants on 1 day in March;/);
    expect(monthNotes(march, de)[0]).toMatch(/^Gepante an 1 Tag im März;/);
    expect(reportMonthNotes(march, fr)[0]).toMatch(/^gépants pendant 1 jour\u00a0;/);
  });

  it('never advises stopping a medication or names chronic migraine, in any language', () => {
    const attacks = [...triptanDays(1, 12), ...triptanDays(2, 12), ...triptanDays(3, 20)];
    const now = new Date(2026, 2, 28);
    for (const words of [english, de, fr, es]) {
      const text = [...noticesAt(attacks, now, words), ...medicationDays({ attacks }, now).flatMap((m) => monthNotes(m, words))].join('\n');
      expect(text).not.toMatch(/\[[a-zA-Z]+\]/); // no missing key
      expect(text).not.toMatch(/absetzen|arrêter|dejar de tomar|chronische Migräne|migraine chronique|migraña crónica/i);
    }
  });
});

describe('period, preventive note and treatments', () => {
  const period = resolvePeriod({ kind: 'preset', preset: 'last-3-months' }, new Date(2026, 11, 2, 12));

  it('the period label in each language', () => {
    expect(periodLabel(period, english)).toBe('Sep 3, 2026 to Dec 2, 2026');
    expect(periodLabel(period, fr)).toBe('du 3 sept. 2026 au 2 déc. 2026');
    expect(periodLabel(period, de)).toMatch(/^3\. Sept\. 2026 bis 2\. Dez\. 2026$/);
    expect(periodLabel(period, es)).toMatch(/^del 3 sept 2026 al 2 dic 2026$/);
  });

  it('the preventive note names months and cites the AHS statement', () => {
    const months = [{ headacheDays: 5, label: 'März 2026' }, { headacheDays: 2, label: 'April 2026' }];
    const note = preventiveNote(months, de)!;
    expect(note).toBe(
      'Ein Monat in diesem Zeitraum hatte 4 oder mehr Kopfschmerztage: März 2026 (5). ' +
        'Es lohnt sich, mit Ihrer Ärztin oder Ihrem Arzt über eine vorbeugende Behandlung oder eine Kopfschmerzspezialistin bzw. einen Kopfschmerzspezialisten zu sprechen (Konsenserklärung der American Headache Society, 2021).',
    );
    expect(preventiveNote(months, english)).toMatch(/^One month in this period had 4 or more headache days: März 2026 \(5\)\. This is worth discussing/);
    const many = Array.from({ length: 5 }, (_, i) => ({ headacheDays: 6, label: `m${i}` }));
    expect(preventiveNote(many, english)).toMatch(/^5 of 5 months in this period had 4 or more headache days\. This/);
    expect(preventiveNote([{ headacheDays: 3, label: 'x' }], english)).toBeNull();
  });

  it('relief shares, too-few and durations in French and German', () => {
    const t: Treatment = { name: 'x', classes: ['triptan'], times: 10, days: 8, relief: { full: 4, partial: 3, none: 1, notRecorded: 2 }, medianMinutesFromStart: 130, tooFew: false };
    expect(reliefText(t, fr)).toBe('complet 4 (40 %), partiel 3 (30 %), aucun 1 (10 %), non noté 2 (20 %)');
    expect(tooFewText({ ...t, times: 1, tooFew: true }, de)).toBe('nur 1-mal: zu wenig für eine Aussage');
    expect(tooFewText({ ...t, times: 3, tooFew: true }, es)).toBe('solo 3 veces: demasiado poco para decir algo');
    expect(minutesText(130, de)).toBe('2 Std. 10 Min.');
    expect(minutesText(null, fr)).toBe('inconnu');
  });
});

describe('backup problems are worded where they are read', () => {
  const errorsIn = (text: string, words = es) => {
    const result = parseBackup(text);
    if (result.ok) throw new Error('expected a refusal');
    return result.errors.map((p) => backupProblemText(p, words));
  };

  it('carry codes and values, no language', () => {
    const result = parseBackup(JSON.stringify({ format: 'penumbra-backup', version: 1, exportedAt: '2026-01-01T00:00:00Z', attacks: [{ id: 'a' }] }));
    expect(!result.ok && result.errors).toEqual([{ code: 'field', params: { path: 'attacks[0].start', detail: 'required' } }]);
  });

  it('in Spanish: not a backup, a newer version, a missing field, a size', () => {
    expect(errorsIn('[]')).toEqual(['No es una copia de seguridad de Penumbra (el archivo contiene una lista, no un objeto de copia).']);
    expect(errorsIn(JSON.stringify({ version: 1 }))).toEqual(['No es una copia de seguridad de Penumbra («format» es ausente; se esperaba "penumbra-backup").']);
    expect(errorsIn(JSON.stringify({ format: 'penumbra-backup', version: 7 }))[0]).toBe(
      'Esta copia es de la versión 7, creada por un Penumbra más reciente; esta versión lee la versión 1. Actualice Penumbra y vuelva a intentarlo.',
    );
    expect(errorsIn(JSON.stringify({ format: 'penumbra-backup', version: 1, exportedAt: '2026-01-01T00:00:00Z', attacks: [{ id: 'a' }] }))).toEqual([
      'attacks[0].start: obligatorio',
    ]);
    expect(errorsIn('x'.repeat(50 * 1024 * 1024))).toEqual(['El archivo es demasiado grande (50,0 MB); una copia de Penumbra puede ocupar como máximo 25 MB.']);
  });

  it('checks that carry a value keep it, written the reader’s way; an unknown check keeps the schema’s words', () => {
    const base = { format: 'penumbra-backup', version: 1, exportedAt: '2026-01-01T00:00:00Z' };
    const notes = JSON.stringify({ ...base, attacks: [{ id: 'a', start: '2026-01-01T00:00:00Z', notes: 'x'.repeat(20_001) }] });
    expect(errorsIn(notes, de)).toEqual(['attacks[0].notes: darf höchstens 10.000 Zeichen haben']);
    const phase = JSON.stringify({ ...base, attacks: [{ id: 'a', start: '2026-01-01T00:00:00Z', phase: 'loud' }] });
    expect(errorsIn(phase, fr)[0]).toMatch(/^attacks\[0\]\.phase\u00a0: doit être l’une de ces valeurs\u00a0: "prodrome", .*, ou null$/);
    const backwards = JSON.stringify({ ...base, attacks: [{ id: 'a', start: '2026-01-02T00:00:00Z', end: '2026-01-01T00:00:00Z' }] });
    expect(errorsIn(backwards, es)[0]).toMatch(/antes del inicio \(el final debe ser posterior al inicio\)$/);
    expect(backupProblemText({ code: 'field', params: { path: 'x', detail: 'something new' } }, de)).toBe('x: something new');
  });
});

describe('the glossary (locales/GLOSSARY.md) in the review and report catalogues', () => {
  const catalogues = readCatalogues();
  const TERMS: [RegExp, Record<'de' | 'fr' | 'es', string>][] = [
    [/medication-overuse headache/i, { de: 'Kopfschmerz bei Medikamentenübergebrauch', fr: 'céphalée par abus médicamenteux', es: 'cefalea por abuso de medicación' }],
    [/headache days?\b/i, { de: 'Kopfschmerztag', fr: 'de céphalée', es: 'de cefalea' }],
    [/acute-medication days?/i, { de: 'Akutmedikation', fr: 'traitement de crise', es: 'medicación aguda' }],
    [/ICHD-3/, { de: 'ICHD-3', fr: 'ICHD-3', es: 'ICHD-3' }],
    [/American Headache Society/, { de: 'American Headache Society', fr: 'American Headache Society', es: 'American Headache Society' }],
  ];
  const wing = (name: string) => Object.keys(JSON.parse(readFileSync(join(LOCALES_DIR, 'en', `${name}.json`), 'utf8')) as object);
  const keys = [...wing('review'), ...wing('report')];

  it.each(['de', 'fr', 'es'] as const)('%s uses the glossary term wherever English names it', (language) => {
    const misses = keys.flatMap((key) =>
      TERMS.filter(([english]) => english.test(catalogues.en[key]!)).filter(([, term]) => !catalogues[language][key]!.replaceAll('\u00ad', '').includes(term[language])).map(([english]) => `${key}: ${english}`),
    );
    expect(misses).toEqual([]);
    expect(LOCALES).toContain(language);
  });
});

describe('a period label opening a sentence', () => {
  it('is capitalised where the language starts it with a small letter, and left alone otherwise', async () => {
    const { atSentenceStart } = await import('@/entrypoints/review/review-format');
    expect(atSentenceStart('du 3 sept. 2026 au 2 déc. 2026')).toBe('Du 3 sept. 2026 au 2 déc. 2026');
    expect(atSentenceStart('⟦del 3 sept 2026⟧')).toBe('⟦Del 3 sept 2026⟧');
    expect(atSentenceStart('3. Sept. 2026 bis 2. Dez. 2026')).toBe('3. Sept. 2026 bis 2. Dez. 2026');
    expect(atSentenceStart('Sep 3, 2026 to Dec 2, 2026')).toBe('Sep 3, 2026 to Dec 2, 2026');
  });
});
