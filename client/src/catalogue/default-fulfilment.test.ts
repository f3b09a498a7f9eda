import { describe, expect, it } from 'vitest';
import type { Location } from '../../../shared/catalogue/location';
import { defaultFulfilment } from './default-fulfilment';
import { stockSummary } from './stock-summary';

const store = (id: string): Location => ({ id, kind: 'store', name: `Vitrine ${id}` }) as Location;
const locations = [store('store-lyon'), store('store-paris'), { id: 'wh', kind: 'warehouse', name: 'Entrepôt' } as Location];
const availability = { productId: 'p', items: [{ locationId: 'store-lyon', available: 3 }, { locationId: 'store-paris', available: 0 }, { locationId: 'wh', available: 10 }] };

describe('defaultFulfilment', () => {
  it('picks up at the chosen store when it has the product', () => {
    expect(defaultFulfilment(stockSummary(availability as never, locations, 'store-lyon'), 'store-lyon')).toEqual({ type: 'pickup', locationId: 'store-lyon' });
  });
  it('ships when the chosen store has none', () => {
    expect(defaultFulfilment(stockSummary(availability as never, locations, 'store-paris'), 'store-paris')).toEqual({ type: 'ship' });
  });
  it('ships when no store is chosen, even though the best-stocked store is shown', () => {
    const summary = stockSummary(availability as never, locations, null);
    expect(summary.focus?.location.id).toBe('store-lyon');
    expect(defaultFulfilment(summary, null)).toEqual({ type: 'ship' });
  });
  it('ships while stock is unknown', () => {
    expect(defaultFulfilment(null, 'store-lyon')).toEqual({ type: 'ship' });
  });
});
