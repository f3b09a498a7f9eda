import { describe, expect, it } from 'vitest';
import type { Cart } from '../../../shared/cart/cart';
import { rebaseCartCommands } from './rebase-cart-commands';

const eur = (amount: number) => ({ amount, currency: 'EUR' });
const line: Cart['lines'][number] = { id: 'l1', productId: 'p1', qty: 2, unitPrice: eur(100), fulfilment: { type: 'ship' } };
const cart: Cart = {
  id: 'c1', version: 4, customerId: 'u1', channel: 'web', status: 'active', updatedAt: '2026-01-01T00:00:00Z',
  totals: { items: eur(0), discount: eur(0), total: eur(0) }, promotions: [],
  lines: [line],
};

describe('rebaseCartCommands (retry after version_conflict only when still meaningful)', () => {
  it('keeps additions', () => {
    expect(rebaseCartCommands([{ type: 'addLine', productId: 'p2', qty: 1, fulfilment: { type: 'ship' } }], cart)).toHaveLength(1);
  });
  it('drops changes to lines another device removed', () => {
    expect(rebaseCartCommands([{ type: 'setQty', lineId: 'gone', qty: 3 }, { type: 'removeLine', lineId: 'gone' }], cart)).toEqual([]);
  });
  it('drops changes that are already true', () => {
    expect(rebaseCartCommands([{ type: 'setQty', lineId: 'l1', qty: 2 }, { type: 'setFulfilment', lineId: 'l1', fulfilment: { type: 'ship' } }], cart)).toEqual([]);
  });
  it('keeps real changes to lines that still exist', () => {
    expect(rebaseCartCommands([{ type: 'setQty', lineId: 'l1', qty: 5 }, { type: 'setFulfilment', lineId: 'l1', fulfilment: { type: 'pickup', locationId: 'store-lyon' } }], cart)).toHaveLength(2);
  });
  it('keeps an acceptance of prices while a line still shows a price notice, drops it once none does', () => {
    const noticed: Cart = { ...cart, lines: [{ ...line, priceChange: { from: eur(100), to: eur(120) } }] };
    expect(rebaseCartCommands([{ type: 'acceptPrices' }], noticed)).toHaveLength(1);
    expect(rebaseCartCommands([{ type: 'acceptPrices', lineIds: ['l1'] }], noticed)).toHaveLength(1);
    expect(rebaseCartCommands([{ type: 'acceptPrices' }], cart)).toEqual([]);
  });
});
