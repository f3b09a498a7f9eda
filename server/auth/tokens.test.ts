import { describe, expect, it } from 'vitest';
import { createTokenService } from './tokens';

describe('tokens', () => {
  it('verifies its own tokens and refuses tampered or foreign ones', async () => {
    const tokens = createTokenService('a'.repeat(48));
    const { token } = await tokens.issue({ userId: 'u1', role: 'clerk', guest: false, storeId: 'store-lyon', name: 'Léa' });
    expect(await tokens.verify(token)).toEqual({ ok: true, principal: { userId: 'u1', role: 'clerk', guest: false, storeId: 'store-lyon', name: 'Léa' } });
    const other = createTokenService('b'.repeat(48));
    expect(await other.verify(token)).toEqual({ ok: false, reason: 'invalid' });
    expect(await tokens.verify(`${token.slice(0, -2)}xx`)).toEqual({ ok: false, reason: 'invalid' });
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
});
