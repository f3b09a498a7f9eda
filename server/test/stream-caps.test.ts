import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { openSse } from '../test-support/sse-reader';
import type { TestClient } from '../test-support/test-client';
import { MAX_STREAMS_PER_USER, streamQuotaFor } from '../live/stream-quota';
import { eventually } from '../rooms/test/room-harness';
import { present } from '../test-support/present';

/** Every kind of live stream counts against one per-user cap; beyond it, a clear 429. */
describe('live streams per user', () => {
  let t: TestServer;
  const open: { close(): void }[] = [];
  beforeAll(async () => {
    t = await startTestServer('embedded', { rateLimit: true });
  }, 60_000);
  afterAll(async () => {
    for (const s of open) s.close();
    await t?.close();
  });

  const stream = async (who: TestClient, path: string) => {
    const s = await openSse(`${t.url}${path}`, { authorization: `Bearer ${who.token}` });
    open.push(s);
    return s;
  };
  const refused = async (who: TestClient, path: string) => {
    const r = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${who.token}`, accept: 'text/event-stream' } });
    return { status: r.status, body: await r.json() };
  };

  it('caps a customer\'s streams of every kind together, answers 429 beyond, and frees a slot when one closes', async () => {
    const c = await t.guest();
    const cart = await c.cart();
    const help = await c.post('/api/help/requests', { page: '/store' });
    expect(help.status).toBe(201);
    const paths = [`/api/help/requests/${help.body.id}/events`, `/api/carts/${cart.id}/events`, '/api/customers/me/orders/events'] as const;
    const mine: Awaited<ReturnType<typeof stream>>[] = [];
    for (let i = 0; i < MAX_STREAMS_PER_USER; i++) {
      const s = await stream(c, present(paths[i % paths.length], 'a stream path'));
      expect(s.status).toBe(200);
      mine.push(s);
    }
    for (const path of paths) {
      const r = await refused(c, path);
      expect(r.status, path).toBe(429);
      expect(r.body).toMatchObject({ error: 'rate_limited', message: expect.stringMatching(/live streams/) });
    }
    // Someone else is not held back.
    const other = await t.guest();
    expect((await stream(other, `/api/carts/${(await other.cart()).id}/events`)).status).toBe(200);
    // Closing one lets one more in.
    present(mine[0], 'an open stream').close();
    await eventually(() => expect(streamQuotaFor(t.server.services).count(c.user!.id)).toBe(MAX_STREAMS_PER_USER - 1));
    expect((await stream(c, paths[0])).status).toBe(200);
  });

  it('caps an advisor\'s queue streams and a clerk\'s pickup streams the same way', async () => {
    const advisor = await t.login('theo@vitrine.demo');
    const clerk = await t.login('paris@vitrine.demo');
    for (const [who, path] of [[advisor, '/api/help/queue/events'], [clerk, '/api/stores/store-paris/pickups/events']] as const) {
      for (let i = 0; i < MAX_STREAMS_PER_USER; i++) expect((await stream(who, path)).status).toBe(200);
      expect((await refused(who, path)).status).toBe(429);
    }
  });

  it('refuses the stream before any other work: a refused stream does not count', async () => {
    const c = await t.guest();
    const stranger = await t.guest();
    const cart = await c.cart();
    expect((await refused(stranger, `/api/carts/${cart.id}/events`)).status).toBe(403);
    expect(streamQuotaFor(t.server.services).count(stranger.user!.id)).toBe(0);
  });
});

/** One process holds so many streams at most, whoever opens them; beyond, a 503 the proxy retries elsewhere. */
describe('live streams per process', () => {
  let t: TestServer;
  const open: { close(): void }[] = [];
  beforeAll(async () => {
    t = await startTestServer('embedded', { rateLimit: true, config: { maxStreams: 3 } });
  }, 60_000);
  afterAll(async () => {
    for (const s of open) s.close();
    await t?.close();
  });

  it('refuses a stream beyond the cap with 503 and Retry-After, serves other requests, and takes one again when a stream closes', async () => {
    const guests = await Promise.all([t.guest(), t.guest(), t.guest(), t.guest()]);
    const streams = [];
    for (const g of guests.slice(0, 3)) {
      const s = await openSse(`${t.url}/api/carts/${(await g.cart()).id}/events`, { authorization: `Bearer ${g.token}` });
      expect(s.status).toBe(200);
      open.push(s);
      streams.push(s);
    }
    const last = present(guests[3], 'a fourth guest');
    const lastCart = await last.cart();
    const refused = await fetch(`${t.url}/api/carts/${lastCart.id}/events`, { headers: { authorization: `Bearer ${last.token}`, accept: 'text/event-stream' } });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(await refused.json()).toMatchObject({ error: 'unavailable' });
    // The catalogue's public stream counts too; plain requests do not.
    expect((await fetch(`${t.url}/api/catalogue/events`)).status).toBe(503);
    expect((await fetch(`${t.url}/api/products`)).status).toBe(200);
    present(streams[0], 'an open stream').close();
    await eventually(async () => {
      const again = await openSse(`${t.url}/api/carts/${lastCart.id}/events`, { authorization: `Bearer ${last.token}` });
      open.push(again);
      expect(again.status).toBe(200);
    });
  });
});
