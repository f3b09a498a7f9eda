import { describe, expect, it } from 'vitest';
import { createTokenService } from './tokens';

describe('tokens', () => {
  it('verifies its own tokens and refuses tampered or foreign ones', async () => {
    const tokens = createTokenService('a'.repeat(48));
    const { token } = await tokens.issue({ userId: 'u1', role: 'clerk', guest: false, storeId: 'store-lyon', name: 'Léa' });
    expect(await tokens.verify(token)).toEqual({
      ok: true,
      principal: { userId: 'u1', role: 'clerk', guest: false, storeId: 'store-lyon', name: 'Léa', session: { id: expect.any(String), expiresAtMs: expect.any(Number), issuedAtMs: expect.any(Number) } },
    });
    const other = createTokenService('b'.repeat(48));
    expect(await other.verify(token)).toEqual({ ok: false, reason: 'invalid' });
    expect(await tokens.verify(`${token.slice(0, -2)}xx`)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('keeps the sign-in time of a signed-in session, and records none for a session that did not sign in', async () => {
    const tokens = createTokenService('d'.repeat(48));
    const signedInAtMs = Date.parse('2026-12-06T18:00:00.123Z');
    const signedIn = await tokens.verify((await tokens.issue({ userId: 'u1', role: 'customer', guest: false, signedInAtMs })).token);
    expect(signedIn.ok && signedIn.principal.signedInAtMs).toBe(signedInAtMs);
    const handedOver = await tokens.verify((await tokens.issue({ userId: 'u1', role: 'customer', guest: false })).token);
    expect(handedOver.ok && 'signedInAtMs' in handedOver.principal).toBe(false);
  });

  it('expires tokens even after they were verified once (and cached)', async () => {
    let clock = Date.parse('2026-11-25T10:00:00Z');
    const tokens = createTokenService('c'.repeat(48), () => clock);
    const { token, expiresAt } = await tokens.issue({ userId: 'g1', role: 'customer', guest: true }, 60);
    expect(expiresAt).toBe('2026-11-25T10:01:00.000Z');
    expect((await tokens.verify(token)).ok).toBe(true);
    clock += 59_000;
    expect((await tokens.verify(token)).ok).toBe(true);
    clock += 2_000;
    expect(await tokens.verify(token)).toEqual({ ok: false, reason: 'expired' });
    expect(await tokens.verify(token)).toEqual({ ok: false, reason: 'expired' });
  });

  it('gives every token its own id and asks the session lookup each time, even when cached', async () => {
    let standing: 'live' | 'revoked' = 'live';
    const seen: string[] = [];
    const tokens = createTokenService('d'.repeat(48), Date.now, async ({ jti }) => {
      seen.push(jti);
      return standing;
    });
    const a = await tokens.issue({ userId: 'u1', role: 'customer', guest: false });
    const b = await tokens.issue({ userId: 'u1', role: 'customer', guest: false });
    expect(a.token).not.toBe(b.token);
    expect((await tokens.verify(a.token)).ok).toBe(true);
    standing = 'revoked';
    expect(await tokens.verify(a.token)).toEqual({ ok: false, reason: 'revoked' });
    expect(new Set(seen).size).toBe(1);
  });
});
