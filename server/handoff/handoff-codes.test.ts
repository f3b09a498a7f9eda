import http from 'node:http';
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { queryRows } from '../db/query-rows';
import { testBackends } from '../test/backends';

const sha256 = (code: string) => createHash('sha256').update(code).digest('hex');

/** POST with a Host header of our choosing (fetch will not send one). */
function postWithHost(url: string, path: string, token: string, host: string): Promise<{ status: number; body: any }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, path, method: 'POST', headers: { host, authorization: `Bearer ${token}`, 'x-forwarded-host': host, 'x-forwarded-proto': 'https' } }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(body) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe.each(await testBackends())('handoff codes and device links (%s)', (backend) => {
  let t: TestServer;
  // Rate limits on; no proxy believed, so forwarded headers from the test client are ignored.
  beforeAll(async () => {
    t = await startTestServer(backend, { rateLimit: true, config: { trustProxy: [] } });
  }, 60_000);
  afterAll(() => t?.close());
  const q = (text: string) => queryRows<Record<string, string | null>>(t.server.services.database.db, sql.raw(text));

  it('stores only the SHA-256 of a handoff code, and the code (typed or scanned from the QR link) still opens the cart', async () => {
    const customer = await t.guest();
    const cart = await customer.cart();
    const h = await customer.post(`/api/carts/${cart.id}/handoff`);
    expect(h.status).toBe(201);
    expect(h.body).toMatchObject({ code: expect.stringMatching(/^[A-Z2-9]{6}$/), expiresAt: expect.any(String), qr: expect.stringMatching(/^data:image\/png;base64,/) });
    const rows = await q(`select * from handoff_codes where cart_id = '${cart.id}'`);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(h.body.code);
    expect(rows[0]?.code_hash).toBe(sha256(h.body.code));
    const scanned = new URL(h.body.url).searchParams.get('code')!;
    expect(scanned).toBe(h.body.code);
    const clerk = await t.login('lyon@vitrine.demo');
    const opened = await clerk.post(`/api/handoff/${scanned.toLowerCase()}`);
    expect(opened.status).toBe(200);
    expect(opened.body.id).toBe(cart.id);
    expect((await clerk.post(`/api/handoff/${scanned}`)).status).toBe(410);
  });

  it('keeps one live code per cart: a new code replaces the old one', async () => {
    const customer = await t.guest();
    const cart = await customer.cart();
    const first = await customer.post(`/api/carts/${cart.id}/handoff`);
    const second = await customer.post(`/api/carts/${cart.id}/handoff`);
    expect(second.status).toBe(201);
    expect(second.body.code).not.toBe(first.body.code);
    const live = await q(`select code_hash from handoff_codes where cart_id = '${cart.id}' and redeemed_at is null`);
    expect(live.map((r) => r.code_hash)).toEqual([sha256(second.body.code)]);
    const advisor = await t.login('ines@vitrine.demo');
    expect((await advisor.post(`/api/handoff/${first.body.code}`)).status).toBe(404);
    expect((await advisor.post(`/api/handoff/${second.body.code}`)).status).toBe(200);
  });

  it('leaves one live code when a cart asks for several at once', async () => {
    const customer = await t.guest();
    const cart = await customer.cart();
    const made = await Promise.all(Array.from({ length: 5 }, () => customer.post(`/api/carts/${cart.id}/handoff`)));
    expect(made.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    const live = await q(`select code_hash from handoff_codes where cart_id = '${cart.id}' and redeemed_at is null`);
    expect(live).toHaveLength(1);
  });

  it('limits how many codes a customer makes, with a clear 429', async () => {
    const customer = await t.guest();
    const cart = await customer.cart();
    const statuses: number[] = [];
    let last: any;
    for (let i = 0; i < 12; i++) {
      last = await customer.post(`/api/carts/${cart.id}/handoff`);
      statuses.push(last.status);
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.at(-1)).toBe(429);
    expect(last.body).toMatchObject({ error: 'rate_limited', message: expect.stringMatching(/handoff codes/) });
  });

  it('stores only the hash of a device link code, limits how many are made, and the link still signs the phone in', async () => {
    const customer = await t.guest();
    const link = await customer.post('/api/auth/device-link', { path: '/p/sofa-oslo-3' });
    expect(link.status).toBe(201);
    const rows = await q(`select code_hash from device_links`);
    expect(JSON.stringify(rows)).not.toContain(link.body.code);
    expect(rows.map((r) => r.code_hash)).toContain(sha256(link.body.code));
    const code = new URL(link.body.url).searchParams.get('link')!;
    const phone = await t.anonymous().post(`/api/auth/device-link/${code}`);
    expect(phone.status).toBe(200);
    expect(phone.body.user.id).toBe(customer.user!.id);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await customer.post('/api/auth/device-link', {})).status);
    expect(statuses.at(-1)).toBe(429);
  });

  it('puts no forged Host or X-Forwarded-Host in the code\'s link', async () => {
    const customer = await t.guest();
    const cart = await customer.cart();
    const h = await postWithHost(t.url, `/api/carts/${cart.id}/handoff`, customer.token!, 'evil.example');
    expect(h.status).toBe(201);
    expect(h.body.url).toMatch(/^http:\/\/localhost:\d+\/pos\?code=/);
  });
});
