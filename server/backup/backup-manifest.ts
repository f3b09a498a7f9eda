/** The files of a backup folder (see BackupManifestSchema in shared/http/backup-schemas.ts). */
export const MANIFEST_FILE = 'backup.json';
export const DATABASE_FILE = 'database.tar.gz';
export const FILES_DIR = 'files';
