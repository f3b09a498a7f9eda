import { BackupCreatedSchema } from '../../shared/http/backup-schemas';

/**
 * `npm run backup`: asks the running server for a backup (it holds the embedded database, so only it
 * can copy it consistently) as an admin, and prints where it was written.
 * VITRINE_URL (default http://localhost:$PORT or :3000), VITRINE_ADMIN_EMAIL, VITRINE_ADMIN_PASSWORD.
 */
const base = process.env.VITRINE_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
const email = process.env.VITRINE_ADMIN_EMAIL;
const password = process.env.VITRINE_ADMIN_PASSWORD;
if (!email || !password) {
  console.error('Set VITRINE_ADMIN_EMAIL and VITRINE_ADMIN_PASSWORD to an admin account (the demo has admin@vitrine.demo / vitrine).');
  process.exit(2);
}

async function call(path: string, init: RequestInit): Promise<unknown> {
  const res = await fetch(`${base}${path}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } }).catch((e: Error) => {
    console.error(`No Vitrine server answers at ${base} (${e.message}). Start it, or set VITRINE_URL; a stopped server's data folder can simply be copied.`);
    process.exit(1);
  });
  const body = (await res.json().catch(() => ({}))) as { message?: string };
  if (!res.ok) {
    console.error(`${path}: ${res.status} ${body.message ?? ''}`);
    process.exit(1);
  }
  return body;
}

const { token } = (await call('/api/auth/login', { method: 'POST', body: JSON.stringify({ email, password }) })) as { token: string };
const backup = BackupCreatedSchema.parse(await call('/api/admin/backups', { method: 'POST', headers: { authorization: `Bearer ${token}` } }));
await call('/api/auth/logout', { method: 'POST', headers: { authorization: `Bearer ${token}` } }).catch(() => undefined);
console.log(`Backup written to ${backup.path}: ${backup.counts.carts} carts, ${backup.counts.orders} orders, ${backup.counts.files} files.`);
