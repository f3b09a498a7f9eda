import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, describe, expect, it } from 'vitest';
import { requestOrigin } from './request-origin';
import { trustedProxies } from '../config';

const servers: http.Server[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});

/** A bare app answering the origin it would put in links, with this `trust proxy` list. */
async function originServer(trust: string[], publicUrl?: string): Promise<number> {
  const app = express();
  app.set('trust proxy', trust);
  app.get('/origin', (req, res) => res.json({ origin: requestOrigin(req, { publicUrl }) }));
  const server = http.createServer(app);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

/** GET with headers fetch would not let us set (Host). */
function originSeen(port: number, headers: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: '/origin', headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(JSON.parse(body).origin));
    }).on('error', reject);
  });
}

describe('origin of links and QR codes', () => {
  const forged = { host: 'evil.example', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' };

  it('ignores Host and X-Forwarded-* from a client that is not a configured proxy, and points at this machine', async () => {
    const port = await originServer(trustedProxies('none'));
    expect(await originSeen(port, forged)).toBe(`http://localhost:${port}`);
    expect(await originSeen(port, { host: 'evil.example:80/path' })).toBe(`http://localhost:${port}`);
    // A Host that names this machine (a phone on the same network scanning the QR) is kept.
    expect(await originSeen(port, { host: `127.0.0.1:${port}` })).toBe(`http://127.0.0.1:${port}`);
    expect(await originSeen(port, { host: `localhost:${port}`, 'x-forwarded-proto': 'https' })).toBe(`http://localhost:${port}`);
  });

  it('follows X-Forwarded-Proto and -Host from a proxy VITRINE_TRUST_PROXY names', async () => {
    const port = await originServer(trustedProxies('127.0.0.1'));
    expect(await originSeen(port, { host: 'internal:8080', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'shop.example' })).toBe('https://shop.example');
    expect(await originSeen(port, { host: 'internal:8080', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'shop.example/evil' })).toBe(`https://localhost:${port}`);
  });

  it('uses VITRINE_PUBLIC_URL whatever the headers say', async () => {
    const port = await originServer(trustedProxies('loopback'), 'https://vitrine.example/');
    expect(await originSeen(port, forged)).toBe('https://vitrine.example');
  });

  it('reads VITRINE_TRUST_PROXY as a list, `none` meaning no one', () => {
    expect(trustedProxies('loopback, 10.0.0.0/8 ,192.168.1.2')).toEqual(['loopback', '10.0.0.0/8', '192.168.1.2']);
    expect(trustedProxies('none')).toEqual([]);
  });
});
