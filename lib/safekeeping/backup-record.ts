import { z } from '../zod';

/**
 * What the background remembers about backups, in storage.local under one key. Every field falls
 * back to its own default, so a damaged record never stops backups or loses the list of files.
 */
export const FREQUENCIES = ['off', 'daily', 'weekly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const KEEP_RANGE = { min: 1, max: 52 } as const;
/** The folder, under the person's downloads folder, that automatic backups go to. */
export const BACKUP_FOLDER = 'Penumbra backups';

const instant = z.number().check(z.int(), z.gte(0));
const writtenFileSchema = z.object({ id: z.number().check(z.int()), filename: z.string(), at: instant });
export type WrittenFile = z.infer<typeof writtenFileSchema>;

export const backupRecordSchema = z.object({
  frequency: z.catch(z.enum(FREQUENCIES), 'off'),
  keep: z.catch(z.number().check(z.int(), z.gte(KEEP_RANGE.min), z.lte(KEEP_RANGE.max)), 8),
  /** The last backup of any kind: an export the person made, or an automatic one. */
  lastBackupAt: z.catch(z.nullable(instant), null),
  lastAutoAt: z.catch(z.nullable(instant), null),
  /** Files this extension wrote (downloads ids): the only ones rotation may ever delete. */
  files: z.catch(z.array(writtenFileSchema), () => []),
  failure: z.catch(
    z.nullable(z.object({ at: instant, message: z.string(), attempts: z.number().check(z.int()), reported: z.boolean() })),
    null,
  ),
  remindedAt: z.catch(z.nullable(instant), null),
  offeredAt: z.catch(z.nullable(instant), null),
});
export type BackupRecord = z.infer<typeof backupRecordSchema>;

export const parseBackupRecord = (value: unknown): BackupRecord => backupRecordSchema.parse(value ?? {});
