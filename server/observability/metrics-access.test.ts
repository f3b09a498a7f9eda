import { describe, expect, it } from 'vitest';
import { mayReadMetrics } from './metrics-access';

const TOKEN = 'a-long-metrics-token-0123456789';

describe('who may read /metrics', () => {
  it('serves a process on this machine that talks to the server directly', () => {
    for (const remoteAddress of ['127.0.0.1', '127.0.0.53', '::1', '::ffff:127.0.0.1']) expect(mayReadMetrics({ remoteAddress, headers: {} }), remoteAddress).toBe(true);
  });

  it('refuses anyone else without the token, including outside callers relayed by a local proxy', () => {
    expect(mayReadMetrics({ remoteAddress: '10.0.0.7', headers: {} })).toBe(false);
    expect(mayReadMetrics({ remoteAddress: '::ffff:192.168.1.20', headers: {} })).toBe(false);
    expect(mayReadMetrics({ remoteAddress: undefined, headers: {} })).toBe(false);
    expect(mayReadMetrics({ remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.9' } })).toBe(false);
    expect(mayReadMetrics({ remoteAddress: '127.0.0.1', headers: { forwarded: 'for=203.0.113.9' } })).toBe(false);
    expect(mayReadMetrics({ remoteAddress: '127.0.0.1', headers: { 'x-real-ip': '203.0.113.9' } })).toBe(false);
  });

  it('serves whoever presents the configured token, and only that token', () => {
    expect(mayReadMetrics({ remoteAddress: '10.0.0.7', headers: { authorization: `Bearer ${TOKEN}` } }, TOKEN)).toBe(true);
    expect(mayReadMetrics({ remoteAddress: '10.0.0.7', headers: { authorization: `Bearer ${TOKEN}x` } }, TOKEN)).toBe(false);
    expect(mayReadMetrics({ remoteAddress: '10.0.0.7', headers: { authorization: 'Bearer ' } }, TOKEN)).toBe(false);
    // Without a configured token, no bearer opens it.
    expect(mayReadMetrics({ remoteAddress: '10.0.0.7', headers: { authorization: 'Bearer ' } })).toBe(false);
  });
});
