import { Router } from 'express';
import { eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import { ConsentChoiceSchema, EraseRequestSchema } from '../../shared/privacy/consent';
import { parseInput } from '../http/parse-input';
import { requirePrincipal } from '../http/principal';
import { HttpError, forbidden } from '../http/http-error';
import { users } from '../db/schema/commerce';
import { DUMMY_PASSWORD_HASH, verifyPassword } from '../auth/passwords';
import { readConsent, saveConsent } from '../privacy/analytics-consent';
import { exportCustomerData } from '../privacy/export-customer-data';
import { eraseCustomer } from '../privacy/erase-customer';

/** The customer's privacy rights: the analytics choice, a copy of their data, erasure. Only ever about the caller. */
export function privacyRoutes(s: Services): Router {
  const r = Router();
  const { db } = s.database;

  r.get('/customers/me/consent', async (req, res) => {
    const me = requirePrincipal(req, 'customer');
    res.json(await readConsent(db, me.userId));
  });

  r.put('/customers/me/consent', async (req, res) => {
    const me = requirePrincipal(req, 'customer');
    await s.limits.commands.consume(`consent:${me.userId}`);
    const body = parseInput(ConsentChoiceSchema, req.body);
    res.json(await saveConsent(db, me.userId, body.analytics, s.now()));
  });

  r.get('/customers/me/data', async (req, res) => {
    const me = requirePrincipal(req, 'customer');
    await s.limits.auth.consume(`export:${me.userId}`);
    const data = await exportCustomerData(db, me.userId, s.now());
    res.setHeader('Content-Disposition', 'attachment; filename="vitrine-my-data.json"');
    res.setHeader('Cache-Control', 'no-store');
    res.json(data);
  });

  r.post('/customers/me/erase', async (req, res) => {
    const me = requirePrincipal(req, 'customer');
    await s.limits.auth.consume(`erase:${me.userId}`);
    const body = parseInput(EraseRequestSchema, req.body ?? {});
    const [u] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, me.userId)).limit(1);
    if (!u) throw forbidden();
    // A stolen token alone must not wipe an account: one with a password confirms with it.
    if (u.passwordHash !== null || !me.guest) {
      const ok = body.password !== undefined && (await verifyPassword(body.password, u.passwordHash ?? DUMMY_PASSWORD_HASH)) && u.passwordHash !== null;
      if (!ok) throw new HttpError(403, 'forbidden', 'the password is wrong', { field: 'password', reason: body.password === undefined ? 'missing' : 'wrong' });
    }
    const refusal = await eraseCustomer(db, me.userId, s.now());
    if (refusal) throw new HttpError(409, 'open_orders', 'orders are still to be shipped or picked up; erase once they are', { orders: refusal.orders });
    res.status(204).end();
  });

  return r;
}
