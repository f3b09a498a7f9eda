import { and, eq, isNull } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { Services } from '../app/services';
import type { Principal } from './tokens';
import type { AuthResponse } from '../../shared/http/api-schemas';
import { deviceLinks } from '../db/schema/commerce';
import { newHandoffCode, hashCode, HANDOFF_TTL_MINUTES } from '../handoff/handoff-code';
import { HttpError, forbidden } from '../http/http-error';
import { findAccount, issueSession } from './sign-in';

/**
 * A one-time link that signs the same customer in on another device: the desktop shows it as a QR
 * code, the phone opens it and lands on the same product with the same cart, ready for AR. Made a
 * few per hour per customer; the database keeps only the code's hash.
 *
 * @example await createDeviceLink(s, me, origin, '/p/sofa-oslo-3')
 */
export async function createDeviceLink(s: Services, p: Principal, origin: string, path: string) {
  if (p.role !== 'customer') throw forbidden('only customers can send their session to a phone');
  await s.limits.handoff.consume(`device-link:${p.userId}`);
  const expiresAt = new Date(s.now().getTime() + HANDOFF_TTL_MINUTES * 60_000).toISOString();
  let code = '';
  for (let attempt = 0; attempt < 5 && !code; attempt++) {
    const candidate = newHandoffCode();
    const rows = await s.database.db.insert(deviceLinks).values({ codeHash: hashCode(candidate), userId: p.userId, expiresAt }).onConflictDoNothing().returning();
    if (rows.length) code = candidate;
  }
  if (!code) throw new Error('could not allocate a device link code');
  const safePath = path.startsWith('/') && !path.startsWith('//') ? path : '/';
  const url = `${origin}${safePath}${safePath.includes('?') ? '&' : '?'}link=${code}`;
  const qr = await QRCode.toDataURL(url, { errorCorrectionLevel: 'M', margin: 1, width: 256 });
  return { code, url, qr, expiresAt };
}

export async function redeemDeviceLink(s: Services, code: string): Promise<AuthResponse> {
  const { db } = s.database;
  const now = s.now();
  const codeHash = hashCode(code);
  const [row] = await db.select().from(deviceLinks).where(eq(deviceLinks.codeHash, codeHash)).limit(1);
  if (!row) throw new HttpError(404, 'handoff_invalid', 'this link is not valid');
  if (row.redeemedAt || new Date(row.expiresAt) <= now) throw new HttpError(410, 'handoff_invalid', 'this link has expired or was already used; show a new QR code');
  const taken = await db.update(deviceLinks).set({ redeemedAt: now.toISOString() })
    .where(and(eq(deviceLinks.codeHash, codeHash), isNull(deviceLinks.redeemedAt))).returning();
  if (!taken.length) throw new HttpError(410, 'handoff_invalid', 'this link was already used; show a new QR code');
  const account = await findAccount(s, row.userId);
  if (!account) throw new HttpError(404, 'handoff_invalid', 'this link is not valid');
  return issueSession(s, account.principal, { email: account.email });
}
