import type { StoreStockRow } from '../../../shared/pos/store-stock';
import type { PickupOrder } from '../../../shared/pos/pickup-order';
import { apiRequest } from './api-client';

export interface StorePickups {
  storeId: string;
  waiting: PickupOrder[];
  recent: PickupOrder[];
}

const base = (storeId: string) => `/stores/${encodeURIComponent(storeId)}`;

/** A store's own operations: the pickup desk and the stock on its shelves. */
export const storeApi = {
  pickups: (storeId: string) => apiRequest<StorePickups>(`${base(storeId)}/pickups`, { channel: 'store' }),
  pickupsEventsPath: (storeId: string) => `/api${base(storeId)}/pickups/events`,
  stock: (storeId: string) => apiRequest<{ storeId: string; items: StoreStockRow[] }>(`${base(storeId)}/stock`, { channel: 'store' }),
  receive: (storeId: string, items: { productId: string; qty: number }[]) =>
    apiRequest<{ storeId: string; items: StoreStockRow[] }>(`${base(storeId)}/receive`, { method: 'POST', channel: 'store', body: { items } }),
  count: (storeId: string, productId: string, counted: number) =>
    apiRequest<StoreStockRow>(`${base(storeId)}/count`, { method: 'POST', channel: 'store', body: { productId, counted } }),
};
