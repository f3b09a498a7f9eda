import { Router } from 'express';
import { z } from 'zod';
import type { Services } from '../app/services';
import { parseInput } from '../http/parse-input';
import { requirePrincipal } from '../http/principal';
import { forbidden, HttpError, notFound } from '../http/http-error';
import { HandOverRequestSchema, TillCheckoutRequestSchema } from '../../shared/pos/till-api';
import { tillCheckout } from '../pos/till-checkout';
import { countCheckout } from '../observability/count-outcome';
import { handOverPickup } from '../pos/hand-over-pickup';
import { cancelPickupPart } from '../orders/cancel-pickup-part';
import { CancelPickupPartRequestSchema } from '../../shared/orders/part-cancellation';
import { startWalkIn } from '../pos/start-walk-in';
import { servesCustomer } from '../pos/serves-customer';
import { customerSummary } from '../pos/customer-summary';
import { auditStaffAccess } from '../audit/audit-staff-access';
import { sendOrderConfirmation } from '../orders/send-order-confirmation';
import { requestOrigin } from '../http/request-origin';
import { sendTillReceipt } from '../pos/send-till-receipt';

const IdempotencyKeySchema = z.string().trim().min(8).max(128).regex(/^[\x21-\x7e]+$/, 'printable ASCII');

/** The store till: walk-in sales, payment on the terminal with immediate hand-over, and the pickup desk's hand-over and cancellations. */
export function posRoutes(s: Services): Router {
  const r = Router();

  r.post('/pos/walk-in', async (req, res) => {
    const p = requirePrincipal(req, 'clerk');
    res.status(201).json(await startWalkIn(s, p));
  });

  r.post('/pos/carts/:id/checkout', async (req, res) => {
    const p = requirePrincipal(req, 'clerk');
    await s.limits.checkout.consume(`till:${p.userId}`);
    const rawKey = req.get('idempotency-key');
    if (!rawKey) throw new HttpError(400, 'idempotency_key_required', 'send an Idempotency-Key header (one per payment attempt)');
    const key = parseInput(IdempotencyKeySchema, rawKey, 'Idempotency-Key');
    const body = parseInput(TillCheckoutRequestSchema, req.body);
    const { created, ...answer } = await countCheckout(s.metrics, 'store', () => tillCheckout(s, p, req.params.id, body, key));
    // The same step as the web checkout, once per order; paid here, the confirmation is the receipt.
    if (created) await sendOrderConfirmation(s, answer.order, { origin: requestOrigin(req, s.config), till: { storeId: p.storeId!, payment: answer.payment } });
    res.status(created ? 201 : 200).json(answer);
  });

  r.post('/pos/orders/:id/handover', async (req, res) => {
    const p = requirePrincipal(req, 'clerk');
    const body = parseInput(HandOverRequestSchema, req.body);
    const handed = await handOverPickup(s, p, req.params.id, body);
    // Paid at the desk just now: the customer gets the receipt of that payment.
    if (handed.payment) await sendTillReceipt(s, handed.order, { storeId: p.storeId!, payment: handed.payment }, requestOrigin(req, s.config));
    res.json(handed);
  });

  // The desk cancels its store's part (customer never came, or changed their mind): released and refunded.
  r.post('/pos/orders/:id/cancel-part', async (req, res) => {
    const p = requirePrincipal(req, 'clerk', 'manager');
    const body = parseInput(CancelPickupPartRequestSchema, req.body ?? {});
    res.json(await cancelPickupPart(s, p, req.params.id, body));
  });

  /** Who the till (or an advisor) is serving, for the header of the screen. */
  r.get('/pos/customers/:id', async (req, res) => {
    const p = requirePrincipal(req, 'clerk', 'advisor', 'admin');
    const { db } = s.database;
    if (!(await servesCustomer(db, p, req.params.id, s.now()))) throw forbidden('you are not serving this customer');
    const summary = await customerSummary(db, req.params.id);
    if (!summary) throw notFound('customer');
    await auditStaffAccess(db, p, { action: 'customer.read', targetType: 'customer', targetId: summary.id, customerId: summary.id });
    res.json(summary);
  });

  return r;
}
