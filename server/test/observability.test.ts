import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { startTestServer, type TestServer } from '../test-support/test-server';
import type { TestClient } from '../test-support/test-client';
import { openSse } from '../test-support/sse-reader';
import { createLogger } from '../logging/create-logger';
import { Client, type Room } from '@colyseus/sdk';

globalThis.WebSocket ??= (await import('ws')).WebSocket as unknown as typeof WebSocket;

const METRICS_TOKEN = 'metrics-token-for-the-observability-test';

/** Every line the server logs, parsed. */
function captureLog() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n')) if (l) lines.push(JSON.parse(l));
      done();
    },
  });
  return { log: createLogger('info', stream), lines };
}

/** One sample of a metric in Prometheus's text format, 0 when that series does not exist yet. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`) && !line.startsWith(`${name} `)) continue;
    const inside = line.match(/\{(.*)\}/)?.[1] ?? '';
    const got = Object.fromEntries([...inside.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return 0;
}

describe('observability: request ids, request logs and /metrics', () => {
  let t: TestServer;
  /** A customer and an advisor in a Lyon showroom, kept until the database goes away. */
  let seats: { customer: Room; advisor: Room } | undefined;
  const captured = captureLog();
  const scrape = async () => {
    const r = await fetch(`${t.url}/metrics`);
    expect(r.status).toBe(200);
    return r.text();
  };
  const pickupAt = async (c: TestClient, productId: string) => {
    const items = (await c.get(`/api/products/${productId}/availability`)).body.items as { locationId: string; available: number }[];
    return items.find((i) => i.locationId.startsWith('store-') && i.available > 0)!;
  };

  beforeAll(async () => {
    t = await startTestServer('embedded', { log: captured.log, config: { metricsToken: METRICS_TOKEN } });
  });
  afterAll(async () => {
    await seats?.customer.leave().catch(() => {});
    await seats?.advisor.leave().catch(() => {});
    await t?.close();
  });

  it('counts cart commands, checkouts and reservation failures by channel and outcome, and requests by route pattern', async () => {
    const c = await t.guest();
    const cart = await c.cart('app');
    const before = await scrape();

    const stool = await pickupAt(c, 'stool-tripode');
    const added = await c.commands(cart.id, [{ type: 'addLine', productId: 'stool-tripode', qty: 1, fulfilment: { type: 'pickup', locationId: stool.locationId } }], { channel: 'app' });
    expect(added.status).toBe(200);
    const sofa = await pickupAt(c, 'sofa-oslo-3');
    const short = await c.commands(cart.id, [{ type: 'addLine', productId: 'sofa-oslo-3', qty: sofa.available + 1, fulfilment: { type: 'pickup', locationId: sofa.locationId } }], { channel: 'app' });
    expect(short.status).toBe(409);
    expect(short.body.error).toBe('insufficient_stock');
    const body = { payment: { method: 'in_store' }, contact: { email: 'metrics-test@vitrine.demo' } };
    const key = `metrics-${randomUUID()}`;
    expect((await c.checkout(cart.id, key, body, 'app')).status).toBe(201);
    expect((await c.checkout(cart.id, key, body, 'app')).status).toBe(200);

    const after = await scrape();
    const moved = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    expect(moved('vitrine_cart_commands_total', { channel: 'app', outcome: 'ok' })).toBe(1);
    expect(moved('vitrine_cart_commands_total', { channel: 'app', outcome: 'insufficient_stock' })).toBe(1);
    expect(moved('vitrine_cart_commands_total', { channel: 'web', outcome: 'ok' })).toBe(0);
    expect(moved('vitrine_reservation_failures_total', { step: 'cart', channel: 'app' })).toBe(1);
    expect(moved('vitrine_checkouts_total', { channel: 'app', outcome: 'placed' })).toBe(1);
    expect(moved('vitrine_checkouts_total', { channel: 'app', outcome: 'replayed' })).toBe(1);
    const commands = { method: 'POST', route: '/api/carts/:id/commands' };
    expect(moved('vitrine_http_requests_total', { ...commands, status: '200' })).toBe(1);
    expect(moved('vitrine_http_requests_total', { ...commands, status: '409' })).toBe(1);
    expect(moved('vitrine_http_request_duration_seconds_count', commands)).toBe(2);
    expect(moved('vitrine_http_requests_total', { method: 'POST', route: '/api/carts/:id/checkout', status: '201' })).toBe(1);
    // Ids never become labels: one series per route, not per cart.
    expect(after).not.toContain(cart.id);
  });

  it('counts a refused checkout as a reservation failure', async () => {
    const c = await t.guest();
    const other = await t.guest();
    const cart = await c.cart();
    const rug = await pickupAt(c, 'rug-berbere');
    const line = { type: 'addLine', productId: 'rug-berbere', qty: rug.available, fulfilment: { type: 'pickup', locationId: rug.locationId } };
    expect((await c.commands(cart.id, [line])).status).toBe(200);
    // Someone else takes one unit first.
    const theirs = await other.cart();
    expect((await other.commands(theirs.id, [{ ...line, qty: 1 }])).status).toBe(200);
    const body = { payment: { method: 'in_store' }, contact: { email: 'metrics-test@vitrine.demo' } };
    expect((await other.checkout(theirs.id, `metrics-${randomUUID()}`, body)).status).toBe(201);
    const before = await scrape();
    const refused = await c.checkout(cart.id, `metrics-${randomUUID()}`, body);
    expect(refused.body.error).toBe('insufficient_stock');
    const after = await scrape();
    const moved = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    expect(moved('vitrine_checkouts_total', { channel: 'web', outcome: 'insufficient_stock' })).toBe(1);
    expect(moved('vitrine_reservation_failures_total', { step: 'checkout', channel: 'web' })).toBe(1);
  });

  it('shows open event streams, rooms, the job queue and the process', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    const route = { route: '/api/carts/:id/events' };
    const before = sample(await scrape(), 'vitrine_open_event_streams', route);
    const stream = await openSse(`${t.url}/api/carts/${cart.id}/events`, { authorization: `Bearer ${c.token}` });
    await stream.next();
    const open = await scrape();
    expect(sample(open, 'vitrine_open_event_streams', route)).toBe(before + 1);
    stream.close();
    await expect.poll(async () => sample(await scrape(), 'vitrine_open_event_streams', route), { timeout: 5_000 }).toBe(before);
    // Counted once closed, but not timed: a stream lasts as long as its client.
    const closed = await scrape();
    expect(sample(closed, 'vitrine_http_requests_total', { method: 'GET', ...route, status: '200' })).toBeGreaterThanOrEqual(1);
    expect(sample(closed, 'vitrine_http_request_duration_seconds_count', { method: 'GET', ...route })).toBe(0);
    expect(open).toMatch(/^vitrine_rooms \d+$/m);
    expect(open).toMatch(/^vitrine_job_queue_depth\{state="queued"\} \d+$/m);
    expect(open).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(open).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
  });

  it('shows rooms and their participants, and counts an advisor adding to a cart from a room', async () => {
    // A customer asks for help and an advisor accepts: both join the help session's room.
    const ines = await t.login('ines@vitrine.demo');
    const c = await t.guest();
    await c.cart('vr');
    const before = await scrape();
    const asked = await c.post('/api/help/requests', { productId: 'sofa-oslo-3', page: '/store' }, { 'x-channel': 'vr' });
    const accepted = await ines.post(`/api/help/requests/${asked.body.id}/accept`);
    expect(accepted.status).toBe(200);
    const advisor = await new Client(t.url).joinById(accepted.body.roomId, { token: ines.token });
    const room = await c.post(`/api/sessions/${accepted.body.session.id}/room`, {});
    const customer = await new Client(t.url).joinById(room.body.roomId, { token: c.token });
    seats = { customer, advisor };
    const added = new Promise((resolve) => customer.onMessage('cart.added', resolve));
    advisor.onMessage('cart.added', () => {});
    advisor.send('cart.add', { productId: 'vase-amphore', qty: 1 });
    await added;
    const after = await scrape();
    expect(sample(after, 'vitrine_rooms')).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'vitrine_room_participants') - sample(before, 'vitrine_room_participants')).toBe(2);
    const advisorAdds = { channel: 'advisor', outcome: 'ok' };
    expect(sample(after, 'vitrine_cart_commands_total', advisorAdds) - sample(before, 'vitrine_cart_commands_total', advisorAdds)).toBe(1);
  });

  it('refuses /metrics to callers from outside, unless they bring the metrics token', async () => {
    // Through a proxy on this machine, an outside caller arrives from 127.0.0.1 with X-Forwarded-For.
    const outside = { 'x-forwarded-for': '203.0.113.9' };
    const refused = await fetch(`${t.url}/metrics`, { headers: outside });
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toContain('vitrine_');
    expect((await fetch(`${t.url}/metrics`, { headers: { ...outside, authorization: 'Bearer not-the-metrics-token' } })).status).toBe(403);
    const allowed = await fetch(`${t.url}/metrics`, { headers: { ...outside, authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('content-type')).toContain('text/plain');
  });

  it('gives every request an id, sends it back, and logs the request under it without its query string', async () => {
    const c = await t.guest();
    const mine = await c.get('/api/products?q=secret-search-words', { 'x-request-id': 'edge-7f3a.42' });
    expect(mine.headers.get('x-request-id')).toBe('edge-7f3a.42');
    const bad = await c.get('/api/products', { 'x-request-id': 'not an id <script>' });
    expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const none = await c.get('/api/products');
    expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(none.headers.get('x-request-id')).not.toBe(bad.headers.get('x-request-id'));

    await expect.poll(() => captured.lines.find((l) => l.reqId === 'edge-7f3a.42' && l.msg === 'request completed')).toBeTruthy();
    const line = captured.lines.find((l) => l.reqId === 'edge-7f3a.42' && l.msg === 'request completed')!;
    expect(line).toMatchObject({ route: '/api/products', req: { method: 'GET', url: '/api/products' }, res: { statusCode: 200 } });
    expect(JSON.stringify(captured.lines)).not.toContain('secret-search-words');
    // Probes are not logged.
    await c.get('/api/health', { 'x-request-id': 'probe-0001' });
    await c.get('/api/products', { 'x-request-id': 'after-probe-0001' });
    await expect.poll(() => captured.lines.some((l) => l.reqId === 'after-probe-0001')).toBe(true);
    expect(captured.lines.some((l) => l.reqId === 'probe-0001')).toBe(false);
  });

  it('carries the request id into the log line of a database failure', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    // Last: the database goes away for good.
    await t.server.services.database.close();
    const r = await c.get(`/api/carts/${cart.id}`, { 'x-request-id': 'db-down-0001' });
    expect(r.status).toBe(503);
    expect(r.headers.get('x-request-id')).toBe('db-down-0001');
    const failure = captured.lines.find((l) => l.msg === 'database unavailable');
    expect(failure).toMatchObject({ reqId: 'db-down-0001', level: 40 });
    // A room message that meets the failure is logged under an id of its own.
    seats!.advisor.send('cart.add', { productId: 'vase-amphore', qty: 1 });
    await expect.poll(() => captured.lines.find((l) => l.msg === 'showroom room error')).toBeTruthy();
    const roomFailure = captured.lines.find((l) => l.msg === 'showroom room error')!;
    expect(roomFailure).toMatchObject({ where: 'message', reqId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(JSON.stringify(roomFailure.err)).toMatch(/closed/i);
    // The scrape still answers, without the queue's depth it could not read.
    const text = await scrape();
    expect(text).not.toMatch(/^vitrine_job_queue_depth\{/m);
    expect(text).toMatch(/^vitrine_http_requests_total\{/m);
  });
});
