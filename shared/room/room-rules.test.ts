import { describe, expect, it } from 'vitest';
import { newBucket, strike, takeToken } from './rate-bucket';
import { avatarColor, cleanChatText, displayName, guestTag, ADVISOR_COLOR } from './chat';
import { maySignal, permits, type SeatFacts } from './room-permissions';
import { followSpots } from './follow-formation';
import { summarizeSession } from './session-summary';
import { queueOrder } from './help';
import { ROOM_LIMITS } from './protocol';

const seat = (over: Partial<SeatFacts> = {}): SeatFacts => ({ seat: 'customer', host: false, admitted: true, mutedByHost: false, hasFloor: false, ...over });

describe('rate budgets', () => {
  it('allows a burst, then refills at the rate', () => {
    const budget = { perSecond: 20, burst: 5 };
    const b = newBucket(budget, 0);
    expect(Array.from({ length: 8 }, () => takeToken(b, budget, 0)).filter(Boolean)).toHaveLength(5);
    expect(takeToken(b, budget, 49)).toBe(false);
    expect(takeToken(b, budget, 50)).toBe(true);
  });

  it('counts strikes in a sliding window', () => {
    const c = { times: [] as number[] };
    for (let i = 0; i < 3; i++) expect(strike(c, i, 1000, 3)).toBe(false);
    expect(strike(c, 10, 1000, 3)).toBe(true);
    expect(strike(c, 5000, 1000, 3)).toBe(false);
  });
});

describe('chat and names', () => {
  it('strips control characters, collapses spaces and caps the length', () => {
    expect(cleanChatText('  a\u0000b\n\nc  ')).toBe('a b c');
    expect(cleanChatText(' \u200b ')).toBeUndefined();
    expect([...cleanChatText('é'.repeat(2000))!].length).toBe(ROOM_LIMITS.chat.maxChars);
  });

  it('labels guests and dresses advisors in the brand colour', () => {
    expect(displayName(undefined, 'g_1234abcd')).toBe('Guest ABCD');
    expect(displayName('Inès', 'u-ines')).toBe('Inès');
    expect(avatarColor('u-ines', 'advisor')).toBe(ADVISOR_COLOR);
    expect(avatarColor('u-camille', 'customer')).toBe(avatarColor('u-camille', 'customer'));
  });

  it('tells a guest label from a real name, so each viewer can say "guest" in their language', () => {
    expect(guestTag(displayName(undefined, 'g_1234abcd'))).toBe('ABCD');
    expect(guestTag('Guest 466D')).toBe('466D');
    expect(guestTag('Inès Laurent')).toBeUndefined();
    expect(guestTag('Guest of honour')).toBeUndefined();
  });
});

describe('who may do what (roles from the token and the session, never from the client)', () => {
  it('keeps advisor tools to advisors, host tools to the host, carts to assigned sessions', () => {
    for (const action of ['spotlight', 'laser', 'follow', 'cart.add'] as const) {
      expect(permits(action, seat(), 'help').ok).toBe(false);
    }
    expect(permits('spotlight', seat({ seat: 'advisor' }), 'public').ok).toBe(true);
    expect(permits('cart.add', seat({ seat: 'advisor' }), 'public').ok).toBe(false);
    expect(permits('cart.add', seat({ seat: 'advisor', host: true }), 'help').ok).toBe(true);
    expect(permits('host', seat({ seat: 'advisor' }), 'event').ok).toBe(false);
    expect(permits('host', seat({ host: true }), 'friends').ok).toBe(true);
    expect(permits('spotlight', seat({ host: true }), 'friends').ok).toBe(true);
    expect(permits('host', seat({ seat: 'advisor', host: true }), 'public').ok).toBe(false);
  });

  it('holds people waiting for admission and keeps event listeners quiet until they have the floor', () => {
    expect(permits('chat', seat({ admitted: false }), 'event')).toMatchObject({ ok: false, code: 'waiting_for_host' });
    expect(permits('unmute', seat(), 'event').ok).toBe(false);
    expect(permits('unmute', seat({ hasFloor: true }), 'event').ok).toBe(true);
    expect(permits('unmute', seat({ mutedByHost: true }), 'help').ok).toBe(false);
    expect(maySignal(seat(), seat(), 'event')).toBe(false);
    expect(maySignal(seat(), seat({ host: true }), 'event')).toBe(true);
    expect(maySignal(seat(), seat(), 'friends')).toBe(true);
  });
});

describe('follow-me formation', () => {
  it('puts followers in front of the leader, apart, facing the leader', () => {
    const spots = followSpots({ x: 2, y: 1.7, z: 3, qx: 0, qy: 0, qz: 0, qw: 1 }, 7);
    for (const s of spots) {
      expect(s.z).toBeLessThan(3);
      // Facing the leader: forward (-sin yaw, -cos yaw) points at them.
      const fx = -Math.sin(s.yaw);
      const fz = -Math.cos(s.yaw);
      const d = Math.hypot(2 - s.x, 3 - s.z);
      expect(fx * ((2 - s.x) / d) + fz * ((3 - s.z) / d)).toBeCloseTo(1, 6);
    }
    for (let i = 0; i < spots.length; i++) for (let j = i + 1; j < spots.length; j++) {
      expect(Math.hypot(spots[i]!.x - spots[j]!.x, spots[i]!.z - spots[j]!.z)).toBeGreaterThan(0.9);
    }
  });
});

describe('session summary', () => {
  it('lists products shown and what staff added, ignoring the customer\'s own additions', () => {
    const s = summarizeSession(
      's1',
      [
        { at: '1', type: 'spotlight', actorId: 'a', data: { productId: 'p1' } },
        { at: '2', type: 'spotlight', actorId: 'a', data: { productId: 'p2' } },
        { at: '3', type: 'spotlight', actorId: 'a', data: { productId: 'p1' } },
      ],
      [
        { customerId: 'c', at: '4', data: { by: { userId: 'a', role: 'advisor' }, commands: [{ type: 'addLine', productId: 'p1', qty: 2 }, { type: 'setQty' }] } },
        { customerId: 'c', at: '5', data: { by: { userId: 'c', role: 'customer' }, commands: [{ type: 'addLine', productId: 'p9', qty: 1 }] } },
      ],
      new Set(['a']),
    );
    expect(s.productIds).toEqual(['p1', 'p2']);
    expect(s.shown).toHaveLength(3);
    expect(s.added).toEqual([{ productId: 'p1', qty: 2, customerId: 'c', at: '4', by: 'a' }]);
  });
});

describe('help queue order', () => {
  it('serves returned requests first, then by arrival', () => {
    const order = queueOrder([
      { id: 'late', priority: 0, queuedAt: '2026-01-01T10:05:00.000Z' },
      { id: 'early', priority: 0, queuedAt: '2026-01-01T10:00:00.000Z' },
      { id: 'returned', priority: 1, queuedAt: '2026-01-01T10:10:00.000Z' },
    ]);
    expect(order.map((r) => r.id)).toEqual(['returned', 'early', 'late']);
  });
});
