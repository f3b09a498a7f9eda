import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { startTestServer, type TestServer } from '../test-support/test-server';
import type { TestClient } from '../test-support/test-client';
import { queryRows } from '../db/query-rows';
import { CartSchema } from '../../shared/cart/cart';

/** Everything that must not move when only bad requests arrive. */
async function snapshot(t: TestServer) {
  const { db } = t.server.services.database;
  const q = (text: string) => queryRows<Record<string, unknown>>(db, sql.raw(text));
  return {
    carts: await q('select id, version, status, lines, totals from carts order by id'),
    stock: await q('select product_id, location_id, on_hand, reserved from stock order by product_id, location_id'),
    orders: await q('select id, status, lines from orders order by id'),
    reservations: await q('select * from order_reservations order by order_id, product_id, location_id'),
    keys: await q('select customer_id, key, order_id from idempotency_keys order by customer_id, key'),
    handoffs: await q('select code_hash, redeemed_at from handoff_codes order by code_hash'),
  };
}

type BadRequest = { method: string; path: string; body?: unknown; raw?: string; headers?: Record<string, string>; as: 'owner' | 'other' | 'clerk' | 'none' };

describe('bad input never changes data and never crashes the server', () => {
  let t: TestServer;
  let owner: TestClient;
  let other: TestClient;
  let clerk: TestClient;
  let cartId: string;
  let lineId: string;
  let usedCode: string;
  let orderId: string;

  beforeAll(async () => {
    t = await startTestServer('embedded');
    owner = await t.login('camille@vitrine.demo');
    other = await t.login('hugo@vitrine.demo');
    clerk = await t.login('lyon@vitrine.demo');
    // A placed order, to aim illegal transitions at.
    const first = await owner.cart();
    await owner.commands(first.id, [{ type: 'addLine', productId: 'vase-amphore', qty: 1, fulfilment: { type: 'ship' } }]);
    orderId = (await owner.checkout(first.id, 'fuzz-setup-order')).body.id;
    const cart = await owner.cart();
    cartId = cart.id;
    const r = await owner.commands(cartId, [{ type: 'addLine', productId: 'lamp-phare', qty: 1, fulfilment: { type: 'ship' } }]);
    lineId = r.body.lines[0].id;
    const h = await owner.post(`/api/carts/${cartId}/handoff`);
    usedCode = h.body.code;
    expect((await clerk.post(`/api/handoff/${usedCode}`)).status).toBe(200);
  }, 60_000);
  afterAll(() => t?.close());

  it('answers a few thousand malformed, forged or forbidden requests with clear 4xx errors', async () => {
    const qty = fc.oneof(fc.integer({ min: -1e9, max: 0 }), fc.integer({ min: 100, max: 2 ** 31 }), fc.double({ noInteger: true, noNaN: true }), fc.string(), fc.constant(null), fc.boolean());
    const fulfilment = fc.oneof(
      fc.constant({ type: 'pickup', locationId: 'wh-lyon' }),
      fc.constant({ type: 'pickup', locationId: 'atlantis' }),
      fc.constant({ type: 'pickup' }),
      fc.constant({ type: 'teleport' }),
      fc.constant('ship'),
    );
    const goodF = { type: 'ship' };
    const cmds = (c: unknown) => ({ method: 'POST', path: `/api/carts/${cartId}/commands`, body: { commands: [c] } });
    const expiredToken = (await t.server.services.tokens.issue({ userId: owner.user!.id, role: 'customer', guest: false }, -60)).token;
    const arb: fc.Arbitrary<BadRequest> = fc.oneof<fc.Arbitrary<unknown>[]>(
      qty.map((q) => ({ ...cmds({ type: 'addLine', productId: 'lamp-phare', qty: q, fulfilment: goodF }), as: 'owner' as const })),
      qty.map((q) => ({ ...cmds({ type: 'setQty', lineId, qty: q }), as: 'owner' as const })),
      fulfilment.map((f) => ({ ...cmds({ type: 'addLine', productId: 'lamp-phare', qty: 1, fulfilment: f }), as: 'owner' as const })),
      fc.string({ maxLength: 30 }).map((id) => ({ ...cmds({ type: 'addLine', productId: `x-${id}`, qty: 1, fulfilment: goodF }), as: 'owner' as const })),
      fc.string({ maxLength: 30 }).map((id) => ({ ...cmds({ type: 'removeLine', lineId: `x-${id}` }), as: 'owner' as const })),
      fc.string({ maxLength: 12 }).map((type) => ({ ...cmds({ type, lineId }), as: 'owner' as const })),
      fc.constant({ method: 'POST', path: `/api/carts/${cartId}/commands`, body: { commands: [] }, as: 'owner' as const }),
      fc.constant({ method: 'POST', path: `/api/carts/${cartId}/commands`, body: { commands: Array(21).fill({ type: 'removeLine', lineId }) }, as: 'owner' as const }),
      fc.constant({ method: 'POST', path: `/api/carts/${cartId}/commands`, body: { expectedVersion: 0, commands: [{ type: 'removeLine', lineId }] }, as: 'owner' as const }),
      fc.constant({ method: 'POST', path: `/api/carts/${cartId}/commands`, body: { commands: [{ type: 'addLine', productId: 'lamp-phare', qty: 99, fulfilment: { type: 'pickup', locationId: 'store-bordeaux' } }] }, as: 'owner' as const }),
      fc.string({ maxLength: 40 }).map((raw) => ({ method: 'POST', path: `/api/carts/${cartId}/commands`, raw: `{"commands": [${raw}`, as: 'owner' as const })),
      fc.constant({ method: 'POST', path: `/api/carts/${cartId}/commands`, raw: JSON.stringify({ commands: [{ type: 'removeLine', lineId: 'x'.repeat(40_000) }] }), as: 'owner' as const }),
      fc.constantFrom('GET', 'POST').map((method) => ({ method, path: method === 'GET' ? `/api/carts/${cartId}` : `/api/carts/${cartId}/commands`, body: method === 'POST' ? { commands: [{ type: 'removeLine', lineId }] } : undefined, as: 'other' as const })),
      fc.constant({ method: 'POST', path: `/api/carts/${cartId}/checkout`, body: { payment: { method: 'card' } }, headers: { 'idempotency-key': 'stranger-key' }, as: 'other' as const }),
      fc.constant({ method: 'POST', path: `/api/carts/${cartId}/handoff`, as: 'other' as const }),
      fc.constant({ method: 'GET', path: `/api/carts/${cartId}/events`, as: 'other' as const }),
      fc.constantFrom('none', 'forged', 'expired', 'garbage').map((kind) => ({
        method: 'POST', path: `/api/carts/${cartId}/commands`, body: { commands: [{ type: 'removeLine', lineId }] }, as: 'none' as const,
        headers: kind === 'none' ? {} : { authorization: kind === 'forged' ? `Bearer ${owner.token!.slice(0, -4)}AAAA` : kind === 'expired' ? `Bearer ${expiredToken}` : 'Basic abc' },
      })),
      fc.constant({ method: 'POST', path: `/api/carts/${cartId}/checkout`, body: { payment: { method: 'card' } }, as: 'owner' as const }),
      fc.constantFrom('', 'short', 'ü'.repeat(10)).map((key) => ({ method: 'POST', path: `/api/carts/${cartId}/checkout`, body: { payment: { method: 'card' } }, headers: key ? { 'idempotency-key': key } : {}, as: 'owner' as const })),
      fc.constant({ method: 'POST', path: `/api/carts/${cartId}/checkout`, body: { payment: { method: 'bitcoin' } }, headers: { 'idempotency-key': 'valid-key-but-bad-body' }, as: 'owner' as const }),
      fc.constant({ method: 'POST', path: `/api/handoff/${usedCode}`, as: 'clerk' as const }),
      fc.string({ maxLength: 10 }).map((code) => ({ method: 'POST', path: `/api/handoff/${encodeURIComponent(code) || 'x'}`, as: 'clerk' as const })),
      fc.constantFrom('ready_for_pickup', 'picked_up', 'shipped', 'teleported').map((status) => ({ method: 'POST', path: `/api/orders/${orderId}/status`, body: { status }, as: 'owner' as const })),
      fc.constant({ method: 'POST', path: `/api/orders/${orderId}/status`, body: { status: 'cancelled' }, as: 'other' as const }),
      fc.constant({ method: 'POST', path: '/api/carts', headers: { 'x-channel': 'telepathy' }, as: 'owner' as const }),
      fc.constant({ method: 'POST', path: '/api/auth/login', raw: '{"email": ', as: 'none' as const }),
      fc.record({ email: fc.string({ maxLength: 20 }), password: fc.oneof(fc.string(), fc.integer()) }).map((body) => ({ method: 'POST', path: '/api/auth/login', body, as: 'none' as const })),
      fc.constant({ method: 'GET', path: '/api/customers/me/timeline', as: 'clerk' as const }),
      fc.constant({ method: 'DELETE', path: `/api/carts/${cartId}`, as: 'owner' as const }),
      fc.string({ maxLength: 20 }).map((s) => ({ method: 'GET', path: `/api/nowhere/${encodeURIComponent(s)}`, as: 'none' as const })),
    ).map((r) => r as BadRequest);
    const requests = fc.sample(arb, { numRuns: 3000, seed: 20261125 });
    const before = await snapshot(t);
    const clients = { owner, other, clerk, none: t.anonymous() };
    const failures: string[] = [];
    for (let i = 0; i < requests.length; i += 25) {
      await Promise.all(requests.slice(i, i + 25).map(async (req) => {
        const c = clients[req.as];
        const body = req.raw ?? (req.body === undefined ? undefined : JSON.stringify(req.body));
        const headers = { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...req.headers };
        const r = await c.request(req.method, req.path, body, headers);
        const ok = r.status >= 400 && r.status < 500 && typeof r.body?.error === 'string' && typeof r.body?.message === 'string';
        if (!ok) failures.push(`${req.method} ${req.path} as ${req.as} ${String(body).slice(0, 120)} -> ${r.status} ${JSON.stringify(r.body).slice(0, 200)}`);
      }));
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(await snapshot(t)).toEqual(before);
    expect((await t.anonymous().get('/api/health')).status).toBe(200);
  }, 180_000);

  it('refuses NUL characters (which PostgreSQL text cannot hold) in any path, query or body with a 400', async () => {
    const advisor = await t.login('ines@vitrine.demo');
    const clients = { owner, other, clerk, advisor, none: t.anonymous() };
    const nul = '%00';
    const paths = [
      ['GET', `/api/carts/${nul}`], ['GET', `/api/carts/${cartId}${nul}`], ['POST', `/api/carts/${nul}/handoff`], ['GET', `/api/orders/${nul}`],
      ['GET', `/api/sessions/${nul}`], ['POST', `/api/sessions/${nul}/end`], ['POST', `/api/sessions/${nul}/room`], ['GET', `/api/sessions/${nul}/summary`],
      ['GET', `/api/help/requests/${nul}`], ['DELETE', `/api/help/requests/${nul}`], ['POST', `/api/help/requests/${nul}/accept`], ['POST', `/api/help/requests/${nul}/release`],
      ['DELETE', `/api/bookings/${nul}`], ['DELETE', `/api/advisor/slots/${nul}`], ['GET', `/api/pos/customers/${nul}`], ['GET', `/api/customers/${nul}/timeline`],
      ['POST', `/api/handoff/${nul}`], ['GET', `/api/products/${nul}`], ['GET', `/api/products?q=lamp${nul}`], ['GET', `/api/stores/store-lyon${nul}/stock`],
      ['GET', `/api/admin/products/${nul}`], ['PUT', `/api/admin/products/${nul}`], ['POST', `/api/admin/products/${nul}/publish`], ['GET', `/api/admin/products?q=oslo${nul}`],
    ] as const;
    const withNul = '\\u0000'; // JSON's escape for U+0000
    const bodies = [
      ['POST', '/api/auth/login', `{"email":"camille@vitrine.demo${withNul}","password":"vitrine"}`],
      ['POST', `/api/carts/${cartId}/commands`, `{"commands":[{"type":"addLine","productId":"lamp-phare${withNul}","qty":1,"fulfilment":{"type":"ship"}}]}`],
      ['POST', '/api/help/requests', `{"note":"help${withNul}","context":{"page":"/store"}}`],
      ['POST', '/api/events', `{"type":"product.viewed","productId":"lamp-phare","channel":"web","extra${withNul}":1}`],
    ] as const;
    const before = await snapshot(t);
    const failures: string[] = [];
    for (const c of Object.values(clients)) {
      for (const [method, path, body] of [...paths.map(([m, p]) => [m, p, undefined] as const), ...bodies]) {
        const r = await c.request(method, path, body, body ? { 'content-type': 'application/json' } : {});
        if (r.status !== 400 || r.body?.error !== 'invalid_text') failures.push(`${method} ${path} ${body ?? ''} -> ${r.status} ${JSON.stringify(r.body).slice(0, 160)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshot(t)).toEqual(before);
  });

  it('leaves every cart, stock row and order consistent', async () => {
    const { db } = t.server.services.database;
    const carts = await queryRows<{ id: string; version: number; customer_id: string; channel: string; status: string; lines: unknown; totals: unknown; promotions: unknown; updated_at: string }>(db, sql`select * from carts`);
    for (const row of carts) {
      const cart = CartSchema.parse({ ...row, customerId: row.customer_id, updatedAt: new Date(row.updated_at).toISOString() });
      expect(cart.totals.items.amount).toBe(cart.lines.reduce((s, l) => s + l.qty * l.unitPrice.amount, 0));
    }
    const stock = await queryRows<{ on_hand: number; reserved: number }>(db, sql`select on_hand, reserved from stock`);
    for (const s of stock) expect(s.reserved).toBeLessThanOrEqual(s.on_hand);
    const [mismatch] = await queryRows<{ n: number }>(db, sql`
      select count(*)::int as n from stock s
      left join (select r.product_id, r.location_id, sum(r.qty)::int as held from order_reservations r join orders o on o.id = r.order_id
                 where o.status in ('placed', 'ready_for_pickup') group by 1, 2) h
        on h.product_id = s.product_id and h.location_id = s.location_id
      where s.reserved <> coalesce(h.held, 0)`);
    expect(mismatch?.n).toBe(0);
  });
});
