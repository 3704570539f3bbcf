import { canonicalAppointment, canonicalMedicine, compareMedicines, isBlankAppointment } from '../doctor/schema';
import { parseSettings } from '../settings-schema';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupContent } from './backup';
import { canonicalAttack, canonicalInterval, compareAttacks } from './canonical-attack';
import { mergeIntervals } from './merge-intervals';

/**
 * The backup file's text. Canonical (fixed key order, attacks by start then id, intervals merged,
 * 2-space indent), so that export -> parseBackup -> serializeBackup reproduces it byte for byte
 * apart from `exportedAt`. `screenTime` and `settings` are written only when given; `medicines`
 * and `appointment` only when they hold something.
 */
export function serializeBackup(content: BackupContent, exportedAt: Date): string {
  const document: Record<string, unknown> = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    attacks: [...content.attacks].sort(compareAttacks).map(canonicalAttack),
  };
  if (content.screenTime) {
    document.screenTime = {
      sessions: mergeIntervals(content.screenTime.sessions).map(canonicalInterval),
      coverage: mergeIntervals(content.screenTime.coverage).map(canonicalInterval),
    };
  }
  if (content.settings) document.settings = parseSettings(content.settings);
  // Optional sections, written only when they hold something: a record without them exports as before.
  if (content.medicines?.length) document.medicines = [...content.medicines].sort(compareMedicines).map(canonicalMedicine);
  if (content.appointment && !isBlankAppointment(content.appointment)) document.appointment = canonicalAppointment(content.appointment);
  return `${JSON.stringify(document, null, 2)}\n`;
}
