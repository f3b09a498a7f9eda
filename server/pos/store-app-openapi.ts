import type { RouteConfig } from '@asteasolutions/zod-to-openapi/dist/index.mjs';
import { z } from 'zod';
import { HandOverRequestSchema, TillCheckoutRequestSchema } from '../../shared/pos/till-api';
import { CancelPickupPartRequestSchema } from '../../shared/orders/part-cancellation';
import { CountStockRequestSchema, ReceiveStockRequestSchema } from '../../shared/pos/store-stock';

type Helpers = {
  json(schema: z.ZodType): object;
  error(description: string): object;
  auth: Record<string, string[]>[];
};

const id = z.object({ id: z.string() });
const store = z.object({ storeId: z.string() });
const key = z.object({ 'idempotency-key': z.string() });

/** The till, the pickup desk, store stock, live order feeds and the dashboard, for the OpenAPI document. */
export function storeAppPaths({ json, error, auth }: Helpers): RouteConfig[] {
  const ok = (description: string) => ({ description });
  return [
    { method: 'post', path: '/api/pos/walk-in', summary: 'Clerk: a fresh cart for a customer without the app (a guest served by this till)', security: auth, responses: { 201: ok('cart'), 403: error('clerks only') } },
    { method: 'post', path: '/api/pos/carts/{id}/checkout', summary: 'Clerk: charge the cart total on the (simulated) terminal and place the order; "take now" lines leave this store at once. Same key, same answer, one charge.', security: auth, request: { params: id, headers: key, body: json(TillCheckoutRequestSchema) as never }, responses: { 201: ok('{order, payment, handedOver}'), 200: ok('replayed'), 402: error('payment_failed with reason (card_declined, insufficient_funds, invalid_card, amount_over_limit); nothing reserved'), 409: error('insufficient_stock or version_conflict') } },
    { method: 'post', path: '/api/pos/orders/{id}/handover', summary: 'Clerk: hand a ready pickup over against the customer\'s code (charging it first when due at pickup)', security: auth, request: { params: id, body: json(HandOverRequestSchema) as never }, responses: { 200: ok('{order, payment?}'), 402: error('payment_failed'), 409: error('not ready'), 422: error('wrong pickup code') } },
    { method: 'post', path: '/api/pos/orders/{id}/cancel-part', summary: 'Clerk or manager of the pickup store: cancel this store\'s part not yet handed over, with a reason; its units go back on sale, what was paid for it is refunded', security: auth, request: { params: id, body: json(CancelPickupPartRequestSchema) as never }, responses: { 200: ok('order'), 403: error('another store, or not store staff'), 409: error('already handed over or cancelled'), 422: error('no reason') } },
    { method: 'get', path: '/api/pos/customers/{id}', summary: 'Staff serving the customer: name and purchase summary', security: auth, request: { params: id }, responses: { 200: ok('CustomerSummary'), 403: error('not serving this customer') } },
    { method: 'get', path: '/api/customers/{id}/timeline', summary: 'Staff serving the customer (handoff or help session): the same timeline the customer sees', security: auth, request: { params: id }, responses: { 200: ok('timeline'), 403: error('not serving this customer') } },
    { method: 'get', path: '/api/stores/{storeId}/pickups', summary: 'Clerk of the store or admin: orders waiting at the pickup desk (never with their codes)', security: auth, request: { params: store }, responses: { 200: ok('{storeId, waiting, recent}'), 403: error('another store') } },
    { method: 'get', path: '/api/stores/{storeId}/pickups/events', summary: 'Server-sent events: `event: pickups` with the whole list, at once and on every change', security: auth, request: { params: store }, responses: { 200: ok('text/event-stream') } },
    { method: 'get', path: '/api/stores/{storeId}/stock', summary: 'The store\'s on hand, reserved and available per product', security: auth, request: { params: store }, responses: { 200: ok('{storeId, items}') } },
    { method: 'post', path: '/api/stores/{storeId}/receive', summary: 'Goods received: on hand goes up for every channel', security: auth, request: { params: store, body: json(ReceiveStockRequestSchema) as never }, responses: { 200: ok('{storeId, items}') } },
    { method: 'post', path: '/api/stores/{storeId}/count', summary: 'A shelf count sets on hand; never below what is reserved', security: auth, request: { params: store, body: json(CountStockRequestSchema) as never }, responses: { 200: ok('stock row'), 409: error('below_reserved with reserved') } },
    { method: 'get', path: '/api/customers/me/orders/events', summary: 'Server-sent events: `event: orders` with `{items}` whenever an order of the caller is placed or moves', security: auth, responses: { 200: ok('text/event-stream') } },
    { method: 'get', path: '/api/dashboard', summary: 'Admin: carts, orders, conversion per channel, stores\' tills and desks, AR views leading to an add, assisted sales', security: auth, request: { query: z.object({ days: z.number().int().min(1).max(90).optional() }) }, responses: { 200: ok('Dashboard'), 403: error('admins only') } },
  ];
}
