import { describe, expect, it } from 'vitest';
import { visiblePickupCodes } from './visible-pickup-codes';
import type { Order } from './order';
import { money } from '../money';

const AT = '2026-01-01T10:00:00.000Z';
const order = (pickups: Order['pickups'], pickupCode?: string): Order => ({
  id: 'o1', number: 'VT-000001', cartId: 'c1', customerId: 'u1', status: 'placed', lines: [],
  totals: { items: money(100), discount: money(0), total: money(100) }, payment: { method: 'card', status: 'authorised' }, channel: 'web',
  ...(pickupCode ? { pickupCode } : {}), pickups, createdAt: AT, updatedAt: AT,
});
const paris = { storeId: 'store-paris', code: '111111', status: 'placed' as const, lineIds: ['a'], updatedAt: AT };
const lyon = { storeId: 'store-lyon', code: '222222', status: 'placed' as const, lineIds: ['b'], updatedAt: AT };

describe('which pickup codes a viewer reads', () => {
  it('shows a desk only its own store\'s code', () => {
    const seen = visiblePickupCodes(order([paris, lyon]), 'full', 'store-lyon');
    const { code: _, ...parisWithoutCode } = paris;
    expect(seen.pickups).toEqual([parisWithoutCode, lyon]);
    expect(JSON.stringify(seen)).not.toContain('111111');
  });
  it('shows the customer and admins every code, and a single-store order keeps its pickupCode', () => {
    expect(visiblePickupCodes(order([paris, lyon]), 'full').pickups?.map((p) => p.code)).toEqual(['111111', '222222']);
    expect(visiblePickupCodes(order([paris], '111111'), 'full', 'store-paris').pickupCode).toBe('111111');
  });
  it('shows no code to staff serving the customer elsewhere', () => {
    const seen = visiblePickupCodes(order([paris], '111111'), 'without_pickup_code');
    expect(JSON.stringify(seen)).not.toMatch(/111111/);
  });
});
