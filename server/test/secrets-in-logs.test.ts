import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import { Client } from '@colyseus/sdk';
import { startTestServer, type TestServer } from '../test-support/test-server';
import { TestClient } from '../test-support/test-client';
import { createLogger } from '../logging/create-logger';
import { ROOM_NAME } from '../../shared/room/protocol';
import { present } from '../test-support/present';

globalThis.WebSocket ??= (await import('ws')).WebSocket as unknown as typeof WebSocket;

/** Everything the server logs, as written. */
function captureLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger('debug', stream), text: () => lines.join('') };
}

describe('secrets in logs', () => {
  let t: TestServer;
  const captured = captureLog();
  beforeAll(async () => {
    t = await startTestServer('embedded', { log: captured.log });
  });
  afterAll(() => t?.close());

  it('writes no token, password, code or card number, whatever goes wrong', async () => {
    const camille = await t.login('camille@vitrine.demo');
    const token = camille.token!;
    const cart = await camille.cart();
    const secrets = [token, present(token.split('.')[2], 'a token signature'), 'hunter2-secret', 'K7M2QX', '4242424242424242', '4242 4242 4242 4242'];

    // A refused join of a private room, with the token in its options.
    await new Client(t.url).joinById('no-such-room', { token }).catch(() => {});
    await new Client(t.url).create(ROOM_NAME, { token, session: 'sess-1' }).catch(() => {});
    // Bad requests that carry secrets in the URL, the path and the body.
    await new TestClient(t.url, token).post('/api/handoff/K7M2QX');
    await t.anonymous().post('/api/auth/device-link/K7M2QX');
    await t.anonymous().post('/api/auth/login', { email: 'camille@vitrine.demo', password: 'hunter2-secret' });
    await camille.checkout(cart.id, 'k-1', { payment: { method: 'card', card: { number: '4242 4242 4242 4242', cvc: '123' } } });

    // The database goes away: every query fails, with its parameters (the token's id, the e-mail, the password hash).
    await t.server.services.database.close();
    await fetch(`${t.url}/api/carts/${cart.id}/events?token=${token}`, { headers: { accept: 'text/event-stream' } }).then((r) => r.body?.cancel()).catch(() => {});
    await new TestClient(t.url, token).get(`/api/carts/${cart.id}?token=${token}`);
    await t.anonymous().post('/api/auth/login', { email: 'camille@vitrine.demo', password: 'hunter2-secret' });
    await new TestClient(t.url, token).post('/api/handoff/K7M2QX');
    await new Promise((r) => setTimeout(r, 300));

    const text = captured.text();
    expect(text.length).toBeGreaterThan(0);
    for (const s of secrets) expect(text, `the log holds ${s.slice(0, 12)}…`).not.toContain(s);
    expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
    expect(text).not.toMatch(/params: (?!\[redacted\])/);
  }, 60_000);
});
