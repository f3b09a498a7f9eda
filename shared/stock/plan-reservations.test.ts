import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planReservations, chooseShipSource, type SourceCandidate } from './plan-reservations';
import { money } from '../money';
import type { Line } from '../cart/cart';

const line = (id: string, productId: string, qty: number, fulfilment: Line['fulfilment']): Line => ({
  id, productId, qty, fulfilment, unitPrice: money(100),
});

const world: Record<string, SourceCandidate[]> = {
  sofa: [
    { locationId: 'wh', kind: 'warehouse', available: 2 },
    { locationId: 'lyon', kind: 'store', available: 1 },
    { locationId: 'paris', kind: 'store', available: 5 },
  ],
  lamp: [
    { locationId: 'wh', kind: 'warehouse', available: 0 },
    { locationId: 'lyon', kind: 'store', available: 3 },
  ],
};
const candidates = (p: string) => world[p] ?? [];

describe('planReservations', () => {
  it('serves express lines from the courier\'s store, and says so when it lacks them', () => {
    const express = [line('a', 'sofa', 1, { type: 'ship', method: 'express' })];
    expect(planReservations(express, candidates, { expressFrom: 'lyon' })).toMatchObject({ ok: true, reservations: [{ locationId: 'lyon', qty: 1 }] });
    expect(planReservations(express, candidates)).toMatchObject({ ok: true, reservations: [{ locationId: 'wh' }] });
    expect(planReservations([line('a', 'lamp', 4, { type: 'ship', method: 'express' })], candidates, { expressFrom: 'lyon' }))
      .toEqual({ ok: false, short: [{ lineId: 'a', productId: 'lamp', locationId: 'lyon', requested: 4, available: 3 }] });
  });
  it('ships from the warehouse when it has enough, from a store otherwise', () => {
    expect(chooseShipSource(candidates('sofa'), 2)?.locationId).toBe('wh');
    expect(chooseShipSource(candidates('sofa'), 3)?.locationId).toBe('paris');
    expect(chooseShipSource(candidates('sofa'), 6)).toBeUndefined();
  });

  it('reserves pickup lines at their store and sums a pickup and a shipment served by the same stock row', () => {
    const plan = planReservations([
      line('a', 'lamp', 1, { type: 'pickup', locationId: 'lyon' }),
      line('b', 'lamp', 2, { type: 'ship' }),
      line('c', 'sofa', 1, { type: 'pickup', locationId: 'lyon' }),
    ], candidates);
    expect(plan).toEqual({
      ok: true,
      reservations: [
        { productId: 'lamp', locationId: 'lyon', qty: 3, lineIds: ['a', 'b'] },
        { productId: 'sofa', locationId: 'lyon', qty: 1, lineIds: ['c'] },
      ],
    });
  });

  it('ships from what the pickups leave: a store cannot give the same unit twice', () => {
    const plan = planReservations([
      line('a', 'lamp', 2, { type: 'pickup', locationId: 'lyon' }),
      line('b', 'lamp', 2, { type: 'ship' }),
    ], candidates);
    expect(plan).toEqual({ ok: false, short: [{ lineId: 'b', productId: 'lamp', locationId: 'wh', requested: 2, available: 0 }] });
    const sofa = planReservations([
      line('a', 'sofa', 1, { type: 'pickup', locationId: 'paris' }),
      line('b', 'sofa', 5, { type: 'ship' }),
    ], candidates);
    expect(sofa).toEqual({ ok: false, short: [{ lineId: 'b', productId: 'sofa', locationId: 'wh', requested: 5, available: 2 }] });
  });

  it('reports every short line with requested and available', () => {
    const plan = planReservations([
      line('a', 'sofa', 2, { type: 'pickup', locationId: 'lyon' }),
      line('b', 'lamp', 1, { type: 'ship' }),
      line('c', 'ghost', 1, { type: 'ship' }),
    ], candidates);
    expect(plan).toEqual({
      ok: false,
      short: [
        { lineId: 'a', productId: 'sofa', locationId: 'lyon', requested: 2, available: 1 },
        { lineId: 'c', productId: 'ghost', locationId: '', requested: 1, available: 0 },
      ],
    });
  });

  it('property: a successful plan never takes more than a location has, holds one entry per (product, location), sorted', () => {
    const arb = fc.array(fc.record({
      productId: fc.constantFrom('sofa', 'lamp'),
      qty: fc.integer({ min: 1, max: 4 }),
      pickup: fc.option(fc.constantFrom('lyon', 'paris'), { nil: undefined }),
    }), { maxLength: 6 });
    fc.assert(fc.property(arb, (specs) => {
      const lines = specs.map((s, i) => line(`l${i}`, s.productId, s.qty, s.pickup ? { type: 'pickup', locationId: s.pickup } : { type: 'ship' }));
      const plan = planReservations(lines, candidates);
      if (!plan.ok) return;
      const taken = new Map<string, number>();
      for (const r of plan.reservations) taken.set(`${r.productId}|${r.locationId}`, (taken.get(`${r.productId}|${r.locationId}`) ?? 0) + r.qty);
      for (const [k, qty] of taken) {
        const [p, loc] = k.split('|') as [string, string];
        expect(qty).toBeLessThanOrEqual(world[p]!.find((c) => c.locationId === loc)?.available ?? 0);
      }
      const keys = plan.reservations.map((r) => `${r.productId}|${r.locationId}`);
      expect([...keys].sort()).toEqual(keys);
      expect(new Set(keys).size).toBe(keys.length);
      expect(plan.reservations.reduce((s, r) => s + r.qty, 0)).toBe(lines.reduce((s, l) => s + l.qty, 0));
    }));
  });
});
