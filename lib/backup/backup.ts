import type { Attack, Interval } from '../attack/schema';
import type { Appointment, Medicine } from '../doctor/schema';
import type { Settings } from '../settings-schema';

export const BACKUP_FORMAT = 'penumbra-backup';
export const BACKUP_VERSION = 1;
export const MAX_BACKUP_MB = 25;
/** Measured in string length (UTF-16 units), which is what the check can see before parsing. */
export const MAX_BACKUP_CHARS = MAX_BACKUP_MB * 1024 * 1024;

export interface ScreenTime {
  /** Periods of active screen use. */
  sessions: Interval[];
  /** Periods the tracker was running; outside them screen time is unknown, not zero. */
  coverage: Interval[];
}

/** A validated backup file: every default filled in, date-times UTC, intervals merged and sorted. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  attacks: Attack[];
  screenTime?: ScreenTime;
  settings?: Settings;
  /** Optional sections (docs/backup-sections.md): absent in files that have none. */
  medicines?: Medicine[];
  appointment?: Appointment;
}

/** What an export writes; a parsed `Backup` is one too, which is what makes re-export a no-op. */
export interface BackupContent {
  attacks: readonly Attack[];
  screenTime?: ScreenTime;
  settings?: Settings;
  /** Written only when there is at least one medicine / something written for the appointment. */
  medicines?: readonly Medicine[];
  appointment?: Appointment;
}
