import { z } from 'zod';

/** What a backup folder holds, written last: a folder without it is an unfinished backup. */
export const BackupManifestSchema = z.object({
  format: z.literal('vitrine-backup/1'),
  createdAt: z.string(),
  /** The database tarball, relative to the backup folder. */
  database: z.string(),
  /** The uploaded files' folder, relative to the backup folder ('' when files live in a bucket). */
  files: z.string(),
  counts: z.object({ carts: z.number().int(), orders: z.number().int(), files: z.number().int() }),
});
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

/** The answer to a backup request: where it was written, and its manifest. */
export const BackupCreatedSchema = BackupManifestSchema.extend({
  name: z.string(),
  /** The backup folder, relative to the server's working folder. */
  path: z.string(),
});
