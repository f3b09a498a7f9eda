import type { Product, Category } from '../../../shared/catalogue/product';
import type { Location } from '../../../shared/catalogue/location';
import type { Availability } from '../../../shared/stock/stock-level';
import type { Promotion } from '../../../shared/pricing/promotion';
import type { ProductSearchResult } from '../../../shared/catalogue/product-search';
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
  /** One page of a search with its facet counts. @example await catalogueApi.search({ q: 'fauteuil', page: 1, pageSize: 48 }) */
  search: (query: Record<string, string | number | boolean | undefined>) => {
    const p = new URLSearchParams({ facets: '1' });
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== false && v !== '') p.set(k, v === true ? '1' : String(v));
    return apiRequest<ProductSearchResult>(`/products?${p}`);
  },
  product: (id: string) => apiRequest<Product>(`/products/${encodeURIComponent(id)}`),
  availability: (id: string) => apiRequest<Availability>(`/products/${encodeURIComponent(id)}/availability`),
  /** Stock per location of up to 100 products in one call. @example await catalogueApi.availabilityOf(['sofa-oslo-3', 'lamp-bulle']) */
  availabilityOf: (ids: readonly string[]) => apiRequest<{ items: Availability[] }>(`/availability?productIds=${ids.map(encodeURIComponent).join(',')}`),
  locations: () => apiRequest<{ items: Location[] }>('/locations'),
  promotions: () => apiRequest<{ items: Promotion[] }>('/promotions'),
};
