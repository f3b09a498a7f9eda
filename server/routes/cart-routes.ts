import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../app/services';
import { CartCommandsRequestSchema } from '../../shared/cart/cart-command';
import { parseInput } from '../http/parse-input';
import { channelOf } from '../http/channel';
import { requirePrincipal } from '../http/principal';
import { requestOrigin } from '../http/request-origin';
import { notFound, HttpError } from '../http/http-error';
import { findCart, getOrCreateActiveCart } from '../carts/cart-repository';
import { assertCartAccess } from '../carts/cart-access';
import { runCartCommands } from '../carts/run-cart-commands';
import { runIdempotentCartCommands } from '../carts/idempotent-cart-commands';
import { createHandoff } from '../handoff/create-handoff';
import { recordEvent } from '../timeline/record-event';
import { streamQuotaFor } from '../live/stream-quota';
import { auditStaffAccess } from '../audit/audit-staff-access';

const LastEventIdSchema = z.coerce.number().int().nonnegative().optional();
const IdempotencyKeySchema = z.string().trim().min(8).max(128).regex(/^[\x21-\x7e]+$/, 'printable ASCII');

export function cartRoutes(s: Services): Router {
  const r = Router();
  const { db } = s.database;

  r.post('/carts', async (req, res) => {
    const p = requirePrincipal(req, 'customer');
    const channel = channelOf(req);
    const { cart, created } = await getOrCreateActiveCart(db, p.userId, channel);
    if (created) await recordEvent(db, { customerId: p.userId, channel, type: 'cart.created', data: { cartId: cart.id } });
    res.status(created ? 201 : 200).json(cart);
  });

  r.get('/carts/:id', async (req, res) => {
    const p = requirePrincipal(req);
    const cart = await findCart(db, req.params.id);
    if (!cart) throw notFound('cart');
    await assertCartAccess(db, p, cart, s.now());
    await auditStaffAccess(db, p, { action: 'cart.read', targetType: 'cart', targetId: cart.id, customerId: cart.customerId });
    res.json(cart);
  });

  r.post('/carts/:id/commands', async (req, res) => {
    const p = requirePrincipal(req);
    await s.limits.commands.consume(`cmd:${p.userId}`);
    const channel = channelOf(req);
    const body = parseInput(CartCommandsRequestSchema, req.body);
    // Optional: with a key, a replayed batch (offline queue, lost answer) returns the stored cart instead of applying twice.
    const rawKey = req.get('idempotency-key');
    if (rawKey === undefined) {
      res.json(await runCartCommands(s, p, req.params.id, body, channel));
      return;
    }
    const key = parseInput(IdempotencyKeySchema, rawKey, 'Idempotency-Key');
    const { cart, replayed } = await runIdempotentCartCommands(s, p, req.params.id, body, channel, key);
    if (replayed) res.set('Idempotent-Replayed', 'true');
    res.json(cart);
  });

  r.get('/carts/:id/events', async (req, res) => {
    const p = requirePrincipal(req);
    const cart = await findCart(db, req.params.id);
    if (!cart) throw notFound('cart');
    await assertCartAccess(db, p, cart, s.now());
    await auditStaffAccess(db, p, { action: 'cart.watched', targetType: 'cart', targetId: cart.id, customerId: cart.customerId });
    const raw = req.get('last-event-id') ?? (typeof req.query.lastEventId === 'string' ? req.query.lastEventId : undefined);
    const last = LastEventIdSchema.safeParse(raw === '' ? undefined : raw);
    if (!last.success) throw new HttpError(400, 'invalid', 'Last-Event-ID must be a cart version number');
    streamQuotaFor(s).claim(p.userId, res);
    req.socket.setTimeout(0);
    req.socket.setNoDelay(true);
    s.hub.open(res, cart, last.data);
  });

  r.post('/carts/:id/handoff', async (req, res) => {
    const p = requirePrincipal(req);
    res.status(201).json(await createHandoff(s, p, req.params.id, channelOf(req), requestOrigin(req, s.config)));
  });

  return r;
}
