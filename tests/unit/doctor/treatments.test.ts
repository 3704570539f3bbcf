import { describe, expect, it } from 'vitest';
import type { Medication } from '@/lib/attack/schema';
import { resolvePeriod } from '@/lib/review/period';
import { median, minutesText, reliefText, tooFewText, treatmentsTried, UNNAMED } from '@/lib/review/treatments';
import { english } from '../../support/words';
import { local, makeAttack } from '../ui/support';

const PERIOD = resolvePeriod({ kind: 'range', from: '2026-03-01', to: '2026-05-31' }, new Date(2026, 11, 1));
const dose = (name: string, takenAt: string, relief: Medication['relief'] = null, cls: Medication['class'] = 'triptan'): Medication =>
  ({ name, class: cls, takenAt, dose: null, relief });

describe('treatmentsTried', () => {
  it('groups names case-insensitively, counts times, days and relief, and takes the median delay', () => {
    const attacks = [
      makeAttack({ id: 'a', start: local(2026, 3, 2, 8), medications: [dose('Sumatriptan', local(2026, 3, 2, 8, 30), 'full'), dose('sumatriptan ', local(2026, 3, 2, 14), 'none')] }),
      makeAttack({ id: 'b', start: local(2026, 3, 9, 8), medications: [dose('SUMATRIPTAN', local(2026, 3, 9, 9), 'partial')] }),
      makeAttack({ id: 'c', start: local(2026, 4, 9, 8), medications: [dose('Sumatriptan', local(2026, 4, 9, 10)), dose('Sumatriptan', local(2026, 4, 9, 22), 'full')] }),
    ];
    const [t] = treatmentsTried(attacks, PERIOD);
    expect(t).toEqual({
      name: 'Sumatriptan',
      classes: ['triptan'],
      times: 5,
      days: 3,
      relief: { full: 2, partial: 1, none: 1, notRecorded: 1 },
      medianMinutesFromStart: 120, // 30, 360, 60, 120, 840
      tooFew: false,
    });
    expect(reliefText(t!, english)).toBe('full 2 (40 %), partial 1 (20 %), none 1 (20 %), not recorded 1 (20 %)');
    expect(tooFewText(t!, english)).toBeNull();
  });

  it.each<[string, Medication[], object]>([
    ['no relief recorded at all', [dose('Ibuprofen', local(2026, 3, 5, 9), null, 'simple-analgesic')], { name: 'Ibuprofen', relief: { full: 0, partial: 0, none: 0, notRecorded: 1 }, tooFew: true }],
    ['an unnamed medicine (spaces only)', [dose('  ', local(2026, 3, 5, 9))], { name: UNNAMED, times: 1 }],
    ['two classes under one name, the most used first', [dose('Aspirin', local(2026, 3, 5, 9), null, 'other'), dose('aspirin', local(2026, 3, 6, 9), null, 'simple-analgesic'), dose('ASPIRIN', local(2026, 3, 7, 9), null, 'simple-analgesic')], { name: 'Aspirin', classes: ['simple-analgesic', 'other'], days: 3 }],
    ['taken before the logged start counts as at the start', [dose('x', local(2026, 3, 5, 7))], { medianMinutesFromStart: 0 }],
  ])('%s', (_, medications, expected) => {
    const [t] = treatmentsTried([makeAttack({ id: 'a', start: local(2026, 3, 5, 8), medications })], PERIOD);
    expect(t).toMatchObject(expected);
  });

  it('counts only doses taken inside the period, by local day', () => {
    const attacks = [
      makeAttack({ id: 'a', start: local(2026, 2, 28, 23), medications: [dose('x', local(2026, 2, 28, 23, 30)), dose('x', local(2026, 3, 1, 0, 30))] }),
      makeAttack({ id: 'b', start: local(2026, 5, 31, 23), medications: [dose('x', local(2026, 5, 31, 23, 59)), dose('x', local(2026, 6, 1, 0, 1))] }),
    ];
    expect(treatmentsTried(attacks, PERIOD)[0]).toMatchObject({ times: 2, days: 2 });
    expect(treatmentsTried([], PERIOD)).toEqual([]);
  });

  it('orders by times taken, then by name; flags small numbers', () => {
    const attacks = [makeAttack({ id: 'a', start: local(2026, 3, 5, 8), medications: [
      dose('b-drug', local(2026, 3, 5, 9)), dose('a-drug', local(2026, 3, 5, 9)), dose('c-drug', local(2026, 3, 5, 9)), dose('c-drug', local(2026, 3, 5, 10)),
    ] })];
    const list = treatmentsTried(attacks, PERIOD);
    expect(list.map((t) => t.name)).toEqual(['c-drug', 'a-drug', 'b-drug']);
    expect(tooFewText(list[0]!, english)).toBe('only 2 times: too few to say');
    expect(tooFewText(list[1]!, english)).toBe('only 1 time: too few to say');
    expect(reliefText(list[0]!, english)).toBe('not recorded 2');
  });

  it.each([[[], null], [[5], 5], [[3, 1], 2], [[9, 1, 5], 5]])('median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it.each([[null, 'not known'], [0, '0 min'], [45.4, '45 min'], [130, '2 h 10 min']])('minutes %s -> %s', (m, text) => {
    expect(minutesText(m, english)).toBe(text);
  });
});
