import type { Cart } from '../cart/cart';
import type { CartContext } from '../cart/cart-context';
import { money } from '../money';
import type { Category } from '../catalogue/product';
import type { LocationKind } from '../catalogue/location';
import type { Promotion } from '../pricing/promotion';

/** A tiny world for domain tests: three products, a warehouse and two stores. */
export const fixtureProducts: Record<string, { price: ReturnType<typeof money>; category: Category; variants: { id: string }[] }> = {
  sofa: { price: money(129900), category: 'sofas', variants: [{ id: 'grey' }, { id: 'green' }] },
  lamp: { price: money(4999), category: 'lighting', variants: [] },
  rug: { price: money(19950), category: 'rugs', variants: [] },
};
export const fixtureLocations: Record<string, { kind: LocationKind }> = {
  wh: { kind: 'warehouse' },
  lyon: { kind: 'store' },
  paris: { kind: 'store' },
};

export function fixtureContext(overrides: Partial<CartContext> = {}): CartContext {
  let n = 0;
  return {
    product: (id) => fixtureProducts[id],
    location: (id) => fixtureLocations[id],
    promotions: [] as Promotion[],
    newLineId: () => `l${++n}`,
    now: '2026-11-25T12:00:00.000Z',
    channel: 'web',
    ...overrides,
  };
}

export function emptyCart(id = 'c1', customerId = 'u1'): Cart {
  return {
    id,
    version: 0,
    customerId,
    channel: 'web',
    status: 'active',
    lines: [],
    totals: { items: money(0), discount: money(0), total: money(0) },
    promotions: [],
    updatedAt: '2026-11-25T11:00:00.000Z',
  };
}
