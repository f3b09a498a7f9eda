import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../app/services';
import { CheckoutRequestSchema, HandoffCodeSchema, OrderStatusRequestSchema } from '../../shared/http/api-schemas';
import { DeliveryQuoteRequestSchema } from '../../shared/delivery/delivery-schemas';
import { quoteCartDelivery } from '../orders/quote-cart-delivery';
import { savedAddresses } from '../orders/saved-addresses';
import { parseInput } from '../http/parse-input';
import { channelOf } from '../http/channel';
import { requirePrincipal } from '../http/principal';
import { HttpError, notFound } from '../http/http-error';
import { checkout } from '../orders/checkout';
import { countCheckout } from '../observability/count-outcome';
import { changeOrderStatus } from '../orders/change-order-status';
import { findOrder, listCustomerOrders } from '../orders/order-repository';
import { orderAsSeenBy, orderRelation } from '../orders/order-relation';
import { auditStaffAccess } from '../audit/audit-staff-access';
import { redeemHandoff } from '../handoff/redeem-handoff';
import { sendOrderConfirmation } from '../orders/send-order-confirmation';
import { requestOrigin } from '../http/request-origin';

const IdempotencyKeySchema = z.string().trim().min(8).max(128).regex(/^[\x21-\x7e]+$/, 'printable ASCII');

export function orderRoutes(s: Services): Router {
  const r = Router();
  const { db } = s.database;

  r.post('/handoff/:code', async (req, res) => {
    const p = requirePrincipal(req, 'clerk', 'advisor', 'admin');
    await s.limits.auth.consume(`handoff:${p.userId}`);
    const code = parseInput(HandoffCodeSchema, req.params.code, 'handoff code');
    const cart = await redeemHandoff(s, p, code, channelOf(req));
    // After the grant (the code's own store records it): what matters here is who opened whose cart.
    await auditStaffAccess(db, p, { action: 'cart.opened', targetType: 'cart', targetId: cart.id, customerId: cart.customerId, data: { via: 'handoff' } });
    res.json(cart);
  });

  r.post('/carts/:id/checkout', async (req, res) => {
    const p = requirePrincipal(req);
    await s.limits.checkout.consume(`checkout:${p.userId}`);
    const rawKey = req.get('idempotency-key');
    if (!rawKey) throw new HttpError(400, 'idempotency_key_required', 'send an Idempotency-Key header (a fresh random value per purchase attempt)');
    const key = parseInput(IdempotencyKeySchema, rawKey, 'Idempotency-Key');
    const body = parseInput(CheckoutRequestSchema, req.body);
    const channel = channelOf(req);
    // The order keeps the language the page asked in: its mails, now and later, are written in it.
    const language = req.acceptsLanguages('fr', 'en') === 'en' ? 'en' : 'fr';
    const { order, created } = await countCheckout(s.metrics, channel, () => checkout(s, p, req.params.id, body, key, channel, { language }));
    // Once per order: a replay (created false) sends nothing.
    if (created) await sendOrderConfirmation(s, order, { origin: requestOrigin(req, s.config) });
    res.status(created ? 201 : 200).json(order);
  });

  // The cart page's delivery choice: fees, promised dates and totals as checkout will charge them.
  r.post('/carts/:id/delivery-quote', async (req, res) => {
    const p = requirePrincipal(req);
    await s.limits.commands.consume(`quote:${p.userId}`);
    const body = parseInput(DeliveryQuoteRequestSchema, req.body ?? {});
    res.json(await quoteCartDelivery(s, p, req.params.id, body.shippingAddress));
  });
  r.get('/carts/:id/delivery-quote', async (req, res) => {
    const p = requirePrincipal(req);
    await s.limits.commands.consume(`quote:${p.userId}`);
    const q = req.query;
    const address = parseInput(DeliveryQuoteRequestSchema, { shippingAddress: { postcode: q.postcode, city: q.city, country: q.country } }, 'query').shippingAddress;
    res.json(await quoteCartDelivery(s, p, req.params.id, address));
  });

  r.get('/orders/:id', async (req, res) => {
    const p = requirePrincipal(req);
    const found = await findOrder(db, req.params.id);
    // Someone else's order answers like a missing one: ids are not confirmed to strangers.
    const order = found && orderAsSeenBy(p, await orderRelation(db, p, found, s.now()), found);
    if (!order) throw notFound('order');
    await auditStaffAccess(db, p, { action: 'order.read', targetType: 'order', targetId: order.id, customerId: order.customerId });
    const { pickupStoreId: _, ...plain } = order;
    res.json(plain);
  });

  r.post('/orders/:id/status', async (req, res) => {
    const p = requirePrincipal(req);
    const body = parseInput(OrderStatusRequestSchema, req.body);
    res.json(await changeOrderStatus(s, p, req.params.id, body.status, body.pickupCode, channelOf(req), body.storeId, requestOrigin(req, s.config)));
  });

  // Where the customer's orders went, to fill the checkout's address in one tap.
  r.get('/customers/me/addresses', async (req, res) => {
    const p = requirePrincipal(req, 'customer');
    res.json({ items: await savedAddresses(db, p.userId) });
  });

  r.get('/customers/me/orders', async (req, res) => {
    const p = requirePrincipal(req, 'customer');
    res.json({ items: await listCustomerOrders(db, p.userId) });
  });

  return r;
}
