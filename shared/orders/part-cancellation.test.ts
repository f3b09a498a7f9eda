import { describe, expect, it } from 'vitest';
import { CancelPickupPartRequestSchema, mayCancelPart } from './part-cancellation';

const lyon = (status: 'placed' | 'ready_for_pickup' | 'picked_up' | 'cancelled') => ({ storeId: 'store-lyon', status });

describe('cancelling one store\'s pickup part at its desk', () => {
  it('lets a clerk or manager of that store cancel a part still waiting there', () => {
    expect(mayCancelPart({ role: 'clerk', storeId: 'store-lyon' }, lyon('ready_for_pickup'))).toEqual({ ok: true });
    expect(mayCancelPart({ role: 'manager', storeId: 'store-lyon' }, lyon('placed'))).toEqual({ ok: true });
  });

  it('refuses another store\'s staff, advisors and customers, whatever the part\'s state', () => {
    expect(mayCancelPart({ role: 'clerk', storeId: 'store-paris' }, lyon('ready_for_pickup'))).toMatchObject({ ok: false, error: 'forbidden' });
    expect(mayCancelPart({ role: 'clerk', storeId: 'store-paris' }, lyon('picked_up'))).toMatchObject({ ok: false, error: 'forbidden' });
    expect(mayCancelPart({ role: 'advisor' }, lyon('ready_for_pickup'))).toMatchObject({ ok: false, error: 'forbidden' });
    expect(mayCancelPart({ role: 'customer' }, lyon('placed'))).toMatchObject({ ok: false, error: 'forbidden' });
    expect(mayCancelPart({ role: 'clerk', storeId: 'store-lyon' }, undefined)).toMatchObject({ ok: false, error: 'forbidden' });
  });

  it('refuses a part already handed over or already cancelled', () => {
    expect(mayCancelPart({ role: 'clerk', storeId: 'store-lyon' }, lyon('picked_up'))).toMatchObject({ ok: false, error: 'illegal_transition' });
    expect(mayCancelPart({ role: 'manager', storeId: 'store-lyon' }, lyon('cancelled'))).toMatchObject({ ok: false, error: 'illegal_transition' });
  });

  it('asks for one of the desk\'s reasons, with an optional short note', () => {
    expect(CancelPickupPartRequestSchema.parse({ reason: 'no_show' })).toEqual({ reason: 'no_show' });
    expect(CancelPickupPartRequestSchema.parse({ reason: 'other', note: '  broken box ' })).toEqual({ reason: 'other', note: 'broken box' });
    expect(CancelPickupPartRequestSchema.safeParse({ reason: 'not_collected' }).success).toBe(false);
    expect(CancelPickupPartRequestSchema.safeParse({}).success).toBe(false);
    expect(CancelPickupPartRequestSchema.safeParse({ reason: 'other', note: 'x'.repeat(301) }).success).toBe(false);
  });
});
