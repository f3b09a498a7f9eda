import path from 'node:path';
import { DataDirLockedError } from '../db/data-dir-lock';
import { restoreBackup } from './restore-backup';

/**
 * `npm run restore -- <backup folder>`: puts a backup back into VITRINE_DATA_DIR (default ./data)
 * while the server is stopped; what was there is kept beside it.
 */
const from = process.argv[2];
if (!from) {
  console.error('Usage: npm run restore -- <backup folder> (for example data/backups/2026-12-05T10-00-00-000Z)');
  process.exit(2);
}
const dataDir = path.resolve(process.env.VITRINE_DATA_DIR ?? './data');
try {
  const m = await restoreBackup(path.resolve(from), dataDir);
  console.log(`Restored the backup of ${m.createdAt} into ${path.relative(process.cwd(), dataDir) || '.'}: ${m.counts.carts} carts, ${m.counts.orders} orders, ${m.counts.files} files. Start the server.`);
} catch (e) {
  if (e instanceof DataDirLockedError) {
    console.error(`${e.message}\nStop the server before restoring.`);
    process.exit(2);
  }
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(`${from} is not a finished Vitrine backup (no backup.json).`);
    process.exit(2);
  }
  throw e;
}
