import fs from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import { queryRows } from '../db/query-rows';
import { HttpError } from '../http/http-error';
import { DATABASE_FILE, FILES_DIR, MANIFEST_FILE } from './backup-manifest';
import type { BackupManifest } from '../../shared/http/backup-schemas';

/** Counts every file under a folder (uploads are kept in nested key folders). */
async function countFiles(dir: string): Promise<number> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).length;
}

/**
 * Writes a backup of the embedded database and the uploaded files into `outDir`: the database's
 * tarball first, then the files (content-addressed and never rewritten, so a copy taken after the
 * database holds every file the database names), then the manifest, last, so an interrupted backup
 * is recognisable. `filesDir` is undefined when files live in a bucket (back that up with the bucket).
 *
 * @example await writeBackup(database, './data/files', './data/backups/2026-12-05T10-00-00Z');
 */
export async function writeBackup(database: Database, filesDir: string | undefined, outDir: string): Promise<BackupManifest> {
  if (!database.dump) throw new HttpError(409, 'conflict', 'this server runs on PostgreSQL: back it up with pg_dump (see docs/operations.md)');
  await fs.mkdir(outDir, { recursive: true });
  const [counts] = await queryRows<{ carts: number; orders: number }>(database.db, sql`
    select (select count(*)::int from carts) as carts, (select count(*)::int from orders) as orders`);
  const tarball = await database.dump();
  await fs.writeFile(path.join(outDir, DATABASE_FILE), new Uint8Array(await tarball.arrayBuffer()));
  if (filesDir) await fs.cp(filesDir, path.join(outDir, FILES_DIR), { recursive: true, force: false, errorOnExist: false }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  const manifest: BackupManifest = {
    format: 'vitrine-backup/1',
    createdAt: new Date().toISOString(),
    database: DATABASE_FILE,
    files: filesDir ? FILES_DIR : '',
    counts: { carts: counts?.carts ?? 0, orders: counts?.orders ?? 0, files: filesDir ? await countFiles(path.join(outDir, FILES_DIR)) : 0 },
  };
  await fs.writeFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
