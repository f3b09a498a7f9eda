import path from 'node:path';
import { Router } from 'express';
import type { Services } from '../app/services';
import { requirePrincipal } from '../http/principal';
import { writeBackup } from '../backup/write-backup';
import { recordAudit } from '../audit/record-audit';

/** Back office: a consistent backup of the embedded database and the uploaded files, taken while serving (admins). */
export function adminBackupRoutes(s: Services): Router {
  const r = Router();

  r.post('/admin/backups', async (req, res) => {
    const p = requirePrincipal(req, 'admin');
    await s.limits.auth.consume(`backup:${p.userId}`);
    const name = new Date().toISOString().replace(/[:.]/g, '-');
    const dir = path.join(s.config.dataDir, 'backups', name);
    const filesDir = s.config.files.kind === 'local' ? s.config.files.dir : undefined;
    const manifest = await writeBackup(s.database, filesDir, dir);
    await recordAudit(s.database.db, p, { action: 'backup.created', targetType: 'backup', targetId: name, data: manifest.counts });
    res.status(201).json({ name, path: path.relative(process.cwd(), dir) || '.', ...manifest });
  });

  return r;
}
