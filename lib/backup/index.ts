export {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  MAX_BACKUP_CHARS,
  MAX_BACKUP_MB,
  type Backup,
  type BackupContent,
  type ScreenTime,
} from './backup';
export { parseBackup, MAX_ERRORS, type ParseBackupResult } from './parse-backup';
export { backupProblemSchema, backupProblemText, type BackupProblem } from './backup-problem';
export { serializeBackup } from './serialize-backup';
export { mergeIntervals } from './merge-intervals';
export { planImport, type ImportMode, type ImportPlan } from './plan-import';
export { attacksToCsv } from './attacks-to-csv';
export { planDoctorImport, type DoctorImportPlan } from './plan-doctor-import';
export { doctorToCsv } from './doctor-to-csv';
