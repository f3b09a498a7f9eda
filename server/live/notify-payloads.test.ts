import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_NOTIFY_BYTES, packNotifications, unpackNotification } from './notify-payloads';

describe('NOTIFY payloads for cart changes', () => {
  it('round-trips every cart at its newest version, each payload under the limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ cartId: fc.string({ minLength: 1, maxLength: 60 }), version: fc.integer({ min: 0, max: 1e6 }) }), { maxLength: 600 }),
        fc.integer({ min: 200, max: MAX_NOTIFY_BYTES }),
        (changes, max) => {
          const payloads = packNotifications(changes, max);
          for (const p of payloads) expect(Buffer.byteLength(p)).toBeLessThanOrEqual(max);
          const got = new Map(payloads.flatMap(unpackNotification).map((c) => [c.cartId, c.version]));
          const want = new Map<string, number>();
          for (const c of changes) want.set(c.cartId, Math.max(c.version, want.get(c.cartId) ?? -1));
          expect(got).toEqual(want);
          expect(payloads.flatMap(unpackNotification)).toHaveLength(want.size);
        },
      ),
    );
  });

  it('packs a busy moment into few payloads', () => {
    const changes = Array.from({ length: 200 }, (_, i) => ({ cartId: `0b6f3c1e-8d2a-4c1b-9f0e-${String(i).padStart(12, '0')}`, version: i }));
    const payloads = packNotifications(changes);
    expect(payloads.length).toBeGreaterThan(1);
    expect(payloads.length).toBeLessThanOrEqual(Math.ceil((200 * 50) / MAX_NOTIFY_BYTES) + 1);
  });

  it('reads the single-change payload of older processes and skips what is malformed', () => {
    expect(unpackNotification('{"cartId":"a","version":4}')).toEqual([{ cartId: 'a', version: 4 }]);
    expect(unpackNotification('[["a",1],["b","x"],[3,4],{"cartId":"c","version":2.5},null]')).toEqual([{ cartId: 'a', version: 1 }]);
    expect(() => unpackNotification('not json')).toThrow();
  });
});
