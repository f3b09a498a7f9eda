import { describe, expect, it } from 'vitest';
import { redactText, redactValue } from './redact-secrets';

const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1MSJ9.abcDEF123_-xyz';

describe('redacting secrets from logs', () => {
  it('removes tokens from URLs, headers and messages', () => {
    expect(redactText(`/api/carts/c1/events?token=${JWT}&x=1`)).toBe('/api/carts/c1/events?token=[redacted]&x=1');
    expect(redactText(`auth failed for Bearer ${JWT}`)).not.toContain('eyJ');
    expect(redactText(`{"token":"${JWT}","storeId":"store-lyon"}`)).toBe('{"token":"[redacted]","storeId":"store-lyon"}');
  });

  it('removes one-time codes carried in paths and query strings', () => {
    expect(redactText('POST /api/handoff/K7M2QX')).toBe('POST /api/handoff/[redacted]');
    expect(redactText('/api/auth/device-link/ABCDEF?next=/')).toBe('/api/auth/device-link/[redacted]?next=/');
    expect(redactText('/x?code=123456')).toBe('/x?code=[redacted]');
    expect(redactText('/api/stores/store-lyon/pickups/events')).toBe('/api/stores/store-lyon/pickups/events');
  });

  it('removes the parameters of a failed query and card numbers, keeps ordinary numbers', () => {
    expect(redactText('Failed query: select 1 where a = $1\nparams: camille@vitrine.demo,secret')).toBe('Failed query: select 1 where a = $1\nparams: [redacted]');
    expect(redactText('card 4242 4242 4242 4242 refused')).toBe('card [redacted] refused');
    expect(redactText('took 1234 ms, version 18')).toBe('took 1234 ms, version 18');
  });

  it('censors secret-named fields at any depth and keeps error codes', () => {
    const err = Object.assign(new Error('boom'), { code: 'ECONNRESET', params: ['hunter2'] });
    const out = redactValue({ options: { token: JWT, storeId: 's' }, body: { password: 'hunter2', email: 'a@b.c' }, handoffCode: 'K7M2QX', err }) as any;
    expect(out.options).toEqual({ token: '[redacted]', storeId: 's' });
    expect(out.body).toEqual({ password: '[redacted]', email: 'a@b.c' });
    expect(out.handoffCode).toBe('[redacted]');
    expect(out.err.code).toBe('ECONNRESET');
    expect(JSON.stringify(out)).not.toContain('hunter2');
  });
});
