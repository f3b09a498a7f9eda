import type { Product } from '../../../shared/catalogue/product';
import type { Job, JobError } from '../../../shared/http/job-schemas';
import type { Role } from '../../../shared/auth/role';
import type { LocalizedText } from '../../../shared/i18n-text';
import type { Promotion } from '../../../shared/pricing/promotion';
import { apiRequest } from './api-client';

/** What the back office sends to create or replace a product: the model and poster stay the server's. */
export type ProductInput = Omit<Product, 'model' | 'thumbnail'>;

export interface ProductQuery {
  q?: string;
  category?: string;
  status?: 'published' | 'draft';
  page?: number;
  pageSize?: number;
}

export interface ProductPage {
  items: Product[];
  total: number;
  page: number;
  pageSize: number;
}

export type ImportKind = 'products' | 'stock';

/** One product a dry run would create or change, with the names of the fields that differ. */
export interface ImportChange {
  handle: string;
  kind: 'create' | 'update';
  fields: string[];
}

/** One wrong CSV cell or row: `row` counts data rows from 1. */
export type ImportRowError = JobError & { row: number };

/** Something to know before applying a product file, which does not stop it. */
export interface ImportWarning {
  handle: string;
  code: 'no_model';
  message: string;
  text: LocalizedText;
}

export interface DryRun {
  /** `warnings` comes with product imports only. */
  preview: { create: number; update: number; unchanged: number; changes: ImportChange[]; warnings?: ImportWarning[] };
  errors: ImportRowError[];
}

export interface StaffMember {
  id: string;
  email: string;
  name: string;
  role: Role;
  storeId?: string | null;
  active: boolean;
}

export interface NewStaff {
  email: string;
  name: string;
  role: 'advisor' | 'clerk' | 'manager';
  storeId?: string;
  password: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorRole: string | null;
  storeId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  customerId: string | null;
  before: unknown;
  after: unknown;
  data: unknown;
}

export interface AuditQuery {
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  page?: number;
}

/** `?a=1&b=x` from the defined, non-empty values; '' when there are none. */
export function queryString(q: object): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

const id = encodeURIComponent;

/** The back office's calls under `/api/admin` (admins, and managers for their own store). */
export const adminApi = {
  /** @example await adminApi.products({ q: 'oslo', status: 'draft', page: 2 }) */
  products: (q: ProductQuery) => apiRequest<ProductPage>(`/admin/products${queryString(q)}`),
  product: (productId: string) => apiRequest<Product>(`/admin/products/${id(productId)}`),
  createProduct: (p: ProductInput) => apiRequest<Product>('/admin/products', { method: 'POST', body: p }),
  saveProduct: (p: ProductInput) => apiRequest<Product>(`/admin/products/${id(p.id)}`, { method: 'PUT', body: p }),
  setPublished: (productId: string, published: boolean) =>
    apiRequest<Product>(`/admin/products/${id(productId)}/${published ? 'publish' : 'unpublish'}`, { method: 'POST' }),

  dryRun: (kind: ImportKind, csv: string) =>
    apiRequest<DryRun>(`/admin/imports/${kind}?dryRun=1`, { method: 'POST', raw: { data: csv, type: 'text/csv' } }),
  startImport: (kind: ImportKind, csv: string) =>
    apiRequest<{ jobId: string }>(`/admin/imports/${kind}`, { method: 'POST', raw: { data: csv, type: 'text/csv' } }),
  /** The CSV text of an export; `locationId` narrows a stock export to one location. */
  exportCsv: (kind: ImportKind, locationId?: string) =>
    apiRequest<string>(`/admin/exports/${kind}${queryString({ locationId })}`, { accept: 'text' }),

  job: (jobId: string) => apiRequest<Job>(`/admin/jobs/${id(jobId)}`),

  /** Uploads a GLB (`model/gltf-binary`) or a zip for a product or one of its variants. */
  uploadModel: (productId: string, file: Blob, variantId?: string) =>
    apiRequest<{ jobId: string }>(`/admin/products/${id(productId)}/model${queryString({ variant: variantId })}`, {
      method: 'PUT',
      raw: { data: file, type: /\.zip$/i.test((file as File).name ?? '') || file.type.includes('zip') ? 'application/zip' : 'model/gltf-binary' },
    }),

  staff: () => apiRequest<{ items: StaffMember[] }>('/admin/staff'),
  createStaff: (s: NewStaff) => apiRequest<StaffMember>('/admin/staff', { method: 'POST', body: s }),
  setActive: (userId: string, active: boolean) =>
    apiRequest<StaffMember>(`/admin/staff/${id(userId)}/${active ? 'reactivate' : 'deactivate'}`, { method: 'POST' }),

  /** Starts a promotion on every channel: 409 when its id is taken, 422 for a product of the set that does not exist. */
  createPromotion: (p: Promotion) => apiRequest<Promotion>('/admin/promotions', { method: 'POST', body: p }),
  /** Ends a promotion now (404 when it is already gone). */
  endPromotion: (promotionId: string) => apiRequest<void>(`/admin/promotions/${id(promotionId)}`, { method: 'DELETE' }),

  audit: (q: AuditQuery) => apiRequest<{ items: AuditEntry[]; total: number }>(`/admin/audit${queryString(q)}`),
};
