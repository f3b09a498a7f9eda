import type { Product, Category } from '../../../shared/catalogue/product';
import type { Location } from '../../../shared/catalogue/location';
import type { Availability } from '../../../shared/stock/stock-level';
import type { Promotion } from '../../../shared/pricing/promotion';
import { apiRequest } from './api-client';

export const catalogueApi = {
  /** @example await catalogueApi.products({ q: 'oslo', category: 'sofas' }) */
  products: (query: { q?: string; category?: Category } = {}) => {
    const p = new URLSearchParams();
    if (query.q) p.set('q', query.q);
    if (query.category) p.set('category', query.category);
    const qs = p.toString();
    return apiRequest<{ items: Product[] }>(`/products${qs ? `?${qs}` : ''}`);
  },
  product: (id: string) => apiRequest<Product>(`/products/${encodeURIComponent(id)}`),
  availability: (id: string) => apiRequest<Availability>(`/products/${encodeURIComponent(id)}/availability`),
  locations: () => apiRequest<{ items: Location[] }>('/locations'),
  promotions: () => apiRequest<{ items: Promotion[] }>('/promotions'),
};
