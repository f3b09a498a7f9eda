import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { lockDataDir } from '../db/data-dir-lock';
import { pgliteExtensions } from '../db/database';
import { MANIFEST_FILE } from './backup-manifest';
import { BackupManifestSchema, type BackupManifest } from '../../shared/http/backup-schemas';

/**
 * Puts a backup back into a data folder whose server is stopped (the folder's lock says so). What
 * was there is kept beside it (`pgdata.before-restore-<time>`, `files.before-restore-<time>`), so a
 * restore of the wrong backup can itself be undone. The next start migrates the restored database
 * if the backup is older than the code.
 *
 * @example await restoreBackup('./data/backups/2026-12-05T10-00-00Z', './data');
 */
export async function restoreBackup(from: string, dataDir: string): Promise<BackupManifest> {
  const manifest = BackupManifestSchema.parse(JSON.parse(await fs.readFile(path.join(from, MANIFEST_FILE), 'utf8')));
  const tarball = await fs.readFile(path.join(from, manifest.database));
  const release = lockDataDir(dataDir);
  try {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const pgdata = path.join(dataDir, 'pgdata');
    await moveAside(pgdata, `${pgdata}.before-restore-${stamp}`);
    const client = await PGlite.create({ dataDir: pgdata, loadDataDir: new Blob([tarball]), extensions: pgliteExtensions });
    await client.close();
    if (manifest.files) {
      const files = path.join(dataDir, 'files');
      await moveAside(files, `${files}.before-restore-${stamp}`);
      await fs.cp(path.join(from, manifest.files), files, { recursive: true }).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
    }
    return manifest;
  } finally {
    release();
  }
}

async function moveAside(from: string, to: string): Promise<void> {
  await fs.rename(from, to).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
}
