import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describe, expect, it, vi } from 'vitest';
import { attackHandlers } from '@/entrypoints/background/attack-handlers';
import { showModeBadge } from '@/entrypoints/background/badge';
import { doctorHandlers } from '@/entrypoints/background/doctor-handlers';
import { AttackStore } from '@/lib/db/attack-store';
import { DoctorStore } from '@/lib/db/doctor-store';
import { DEFAULT_SETTINGS } from '@/lib/settings-schema';
import { speak } from '../../support/speak';
import { freshDb } from '../data/helpers';

// What the background says to a person (badge titles, and errors the popup and review page show)
// comes in the browser's UI language: here German, through the catalogue the build ships.
const NOW = new Date('2026-03-29T12:00:00.000Z');

describe('the background speaks the UI language', () => {
  it('the toolbar badge and its title', async () => {
    speak('de');
    const action = fakeBrowser.action as unknown as Record<string, unknown>;
    const calls: Record<string, unknown[]> = {};
    for (const name of ['setBadgeBackgroundColor', 'setBadgeText', 'setTitle']) {
      action[name] = vi.fn(async (details: unknown) => void (calls[name] = [...(calls[name] ?? []), details]));
    }
    await showModeBadge({ ...DEFAULT_SETTINGS, enabled: true });
    await showModeBadge({ ...DEFAULT_SETTINGS, enabled: false });
    expect(calls.setBadgeText).toEqual([{ text: 'AN' }, { text: '' }]);
    expect(calls.setTitle).toEqual([{ title: 'Penumbra: Migränemodus ist an' }, { title: 'Penumbra: Migränemodus ist aus' }]);
  });

  it.each([
    ['de', 'Das Ende muss nach dem Beginn liegen.', 'Ein Medikamentenname hat höchstens 200 Zeichen.'],
    ['fr', 'La fin doit être après le début.', 'Un nom de médicament compte au plus 200 caractères.'],
    ['es', 'El final debe ser posterior al inicio.', 'El nombre de un medicamento tiene como máximo 200 caracteres.'],
    ['en', 'The end must be after the start.', 'A medicine name is at most 200 characters.'],
  ] as const)('errors a person reads, in %s', async (language, endBeforeStart, nameTooLong) => {
    speak(language);
    const db = await freshDb();
    const attacks = attackHandlers(new AttackStore(db), () => NOW);
    await expect(attacks['attack.create']({ start: NOW.toISOString(), end: '2026-03-29T11:00:00.000Z' })).rejects.toThrow(endBeforeStart);
    const doctor = doctorHandlers(new DoctorStore(db), () => NOW);
    await expect(doctor['medicine.add']({ name: 'x'.repeat(201) })).rejects.toThrow(nameTooLong);
    db.close();
  });
});
