import { describe, expect, it, vi } from 'vitest';
import type { Product } from '../../../../shared/catalogue/product';
import type { Promotion } from '../../../../shared/pricing/promotion';

const running: { items: Promotion[] } = { items: [] };
vi.mock('../../api/catalogue-api', () => ({
  catalogueApi: {
    promotions: async () => ({ items: [...running.items] }),
    locations: async () => ({ items: [] }),
    availability: async () => ({ items: [] }),
  },
}));

const { productPanelStore, panelPrice } = await import('./product-panel-store');
const { catalogueStore } = await import('../../stores/catalogue-store');

const lamp = { id: 'lamp', sku: 'lamp', price: { amount: 10_000, currency: 'EUR' }, category: 'lighting', variants: [] } as unknown as Product;
const lightingSale = { id: 'lights-20', kind: 'category_percent', category: 'lighting', percent: 20, label: { fr: 'Luminaires', en: 'Lighting' } } as unknown as Promotion;

describe('the 3D store product panel', () => {
  it('shows a promotion started while it is open, and the list price again once it ends, without being opened again', async () => {
    productPanelStore.getState().open(lamp, null);
    await vi.waitFor(() => expect(catalogueStore.getState().promotions).toEqual([]));
    expect(panelPrice(productPanelStore.getState())?.price.amount).toBe(10_000);

    running.items = [lightingSale];
    await catalogueStore.getState().refresh('*');
    expect(panelPrice(productPanelStore.getState())?.price.amount).toBe(8_000);

    running.items = [];
    await catalogueStore.getState().refresh('*');
    expect(panelPrice(productPanelStore.getState())?.price.amount).toBe(10_000);
  });
});
