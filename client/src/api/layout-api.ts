import type { LayoutVersionSummary, PublishedLayout, StoreLayoutVersion } from '../../../shared/store-layout/layout-api';
import type { StoreLayout } from '../../../shared/store-layout/store-layout-schema';
import { apiRequest } from './api-client';

const admin = (storeId: string) => `/admin/stores/${encodeURIComponent(storeId)}/layouts`;

/** Store layouts: the published one for visitors, drafts and versions for the back office. */
export const layoutApi = {
  published: (storeId: string) => apiRequest<PublishedLayout>(`/stores/${encodeURIComponent(storeId)}/layout`),
  eventsPath: (storeId: string) => `/api/stores/${encodeURIComponent(storeId)}/layout/events`,
  versions: (storeId: string) => apiRequest<{ items: LayoutVersionSummary[] }>(admin(storeId)),
  version: (storeId: string, version: number) => apiRequest<StoreLayoutVersion>(`${admin(storeId)}/${version}`),
  saveDraft: (storeId: string, layout: StoreLayout) => apiRequest<StoreLayoutVersion>(`${admin(storeId)}/draft`, { method: 'PUT', body: { layout } }),
  publish: (storeId: string) => apiRequest<StoreLayoutVersion>(`${admin(storeId)}/draft/publish`, { method: 'POST' }),
};
