import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';

/** `"\ud800"` is valid JSON but no character: PostgreSQL refuses it, so the boundary must, with a 400. */
describe('lone UTF-16 surrogates are refused at the boundary', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer('embedded');
  }, 60_000);
  afterAll(() => t?.close());

  it('answers 400 invalid_text (not 500) for a help request whose message holds one, and the request is not created', async () => {
    const c = await t.guest();
    // JSON.stringify keeps the lone half as the escape \ud800, exactly what a hostile client sends.
    const r = await c.post('/api/help/requests', { message: 'bonjour \ud800', page: '/store' });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: 'invalid_text', message: expect.stringMatching(/surrogate/) });
    const ok = await c.post('/api/help/requests', { message: 'bonjour 😀', page: '/store' });
    expect(ok.status).toBe(201);
    expect(ok.body.context?.message ?? 'bonjour 😀').toBe('bonjour 😀');
  });

  it('refuses one anywhere in any JSON body: nested values, keys, low halves', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    for (const body of [
      { commands: [{ type: 'addLine', productId: 'vase-amphore\udc00', qty: 1, fulfilment: { type: 'ship' } }] },
      { commands: [], "x\ud83d": 1 },
    ]) {
      const r = await c.post(`/api/carts/${cart.id}/commands`, body);
      expect(r.status).toBe(400);
      expect(r.body.error).toBe('invalid_text');
    }
    expect((await c.post('/api/auth/login', `{"email":"a\\ud800@b.c","password":"x"}`)).status).toBe(400);
  });

  it('never answers a malformed path or query (invalid UTF-8, half a pair) with a 500', async () => {
    const c = await t.guest();
    for (const path of ['/api/products/%ED%A0%80', '/api/products?q=%ED%A0%80', '/api/help/requests/%ED%A0%80', '/api/products?q=%F0%9F']) {
      const r = await c.get(path);
      expect(r.status, path).toBeLessThan(500);
    }
  });
});
