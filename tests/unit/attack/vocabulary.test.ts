import { describe, expect, it } from 'vitest';
import { readCatalogues } from '../../../scripts/locale-files';
import {
  ACUTE_CLASSES,
  idsOf,
  labelOf,
  MEDICATION_CLASSES,
  PHASES,
  RELIEF,
  SYMPTOMS,
  TRIGGERS,
} from '../../../lib/attack/vocabulary';

describe('vocabulary', () => {
  it.each([
    ['PHASES', PHASES, 4],
    ['SYMPTOMS', SYMPTOMS, 10],
    ['TRIGGERS', TRIGGERS, 14],
    ['MEDICATION_CLASSES', MEDICATION_CLASSES, 10],
    ['RELIEF', RELIEF, 3],
  ] as const)('%s has %i unique kebab-case ids and non-empty labels', (_, list, size) => {
    const ids = idsOf(list);
    expect(ids).toHaveLength(size);
    expect(new Set(ids).size).toBe(size);
    for (const { id, label } of list) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(label.trim()).not.toBe('');
    }
  });

  it('stores exactly the values the backup spec allows', () => {
    expect(idsOf(PHASES)).toEqual(['prodrome', 'aura', 'headache', 'postdrome']);
    expect(idsOf(RELIEF)).toEqual(['none', 'partial', 'full']);
    expect([...idsOf(MEDICATION_CLASSES)].sort()).toEqual(
      ['simple-analgesic', 'triptan', 'gepant', 'ditan', 'ergot', 'opioid', 'combination-analgesic', 'antiemetic', 'preventive', 'other'].sort(),
    );
  });

  it('uses the ids other parts of the app rely on', () => {
    expect(idsOf(SYMPTOMS)).toContain('light-sensitivity');
    expect(idsOf(TRIGGERS)).toEqual(expect.arrayContaining(['let-down', 'bright-light', 'poor-sleep']));
  });

  it('counts the acute classes of medication-overuse.md and no others', () => {
    expect([...ACUTE_CLASSES].sort()).toEqual(
      ['simple-analgesic', 'triptan', 'ergot', 'opioid', 'combination-analgesic', 'gepant', 'ditan'].sort(),
    );
    for (const notAcute of ['antiemetic', 'preventive', 'other']) expect(ACUTE_CLASSES).not.toContain(notAcute);
  });

  it.each([
    ['PHASES', PHASES],
    ['SYMPTOMS', SYMPTOMS],
    ['TRIGGERS', TRIGGERS],
    ['MEDICATION_CLASSES', MEDICATION_CLASSES],
    ['RELIEF', RELIEF],
  ] as const)('%s: each label is the English text of its catalogue key, and every language has the key', (_, list) => {
    const catalogues = readCatalogues();
    for (const { key, label } of list) {
      expect(catalogues.en[key]).toBe(label);
      for (const language of ['de', 'fr', 'es'] as const) expect(catalogues[language][key]?.trim()).toBeTruthy();
    }
  });

  it('labels known ids and shows unknown ones as stored', () => {
    expect(labelOf(MEDICATION_CLASSES, 'triptan')).toBe('Triptan');
    expect(labelOf(MEDICATION_CLASSES, 'simple-analgesic')).toBe('Simple analgesic (paracetamol, NSAID, aspirin)');
    expect(labelOf(SYMPTOMS, 'hiccups')).toBe('hiccups');
  });
});
