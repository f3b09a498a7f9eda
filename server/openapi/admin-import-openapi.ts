import type { RouteConfig } from '@asteasolutions/zod-to-openapi/dist/index.mjs';
import { z } from 'zod';
import { ImportPreviewSchema, ImportQuerySchema, JobAcceptedSchema, JobListQuerySchema, JobListSchema, StockExportQuerySchema } from '../../shared/http/admin-import-schemas';
import { JobSchema } from '../../shared/http/job-schemas';
import { CreateStaffRequestSchema, StaffListSchema, StaffMemberSchema } from '../../shared/http/staff-schemas';
import { AuditPageSchema, AuditQuerySchema } from '../../shared/http/audit-schemas';
import { BackupCreatedSchema } from '../../shared/http/backup-schemas';

type Helpers = {
  json(schema: z.ZodType): object;
  error(description: string): object;
  auth: Record<string, string[]>[];
};

const csv = (description: string) => ({ description, content: { 'text/csv': { schema: z.string() } } });
const id = z.object({ id: z.string() });
const jsonBody = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

/** Back-office imports, exports, jobs, staff and audit log, for the OpenAPI document. */
export function adminImportPaths({ json, error, auth }: Helpers): RouteConfig[] {
  const csvRequest = { content: { 'text/csv': { schema: z.string() } } };
  return [
    { method: 'post', path: '/api/admin/imports/products', summary: "Admin: import products from a CSV in Shopify's layout plus Vitrine's columns (Title FR, Body FR, Width/Height/Depth cm, Placement, SKU, Price, Compare At Price, Variant ID, Option1 Value FR, Variant Swatch). UTF-8 (with or without BOM) or Windows-1252, `,` or `;`. With ?dryRun=1: the preview and every wrong row; otherwise a job (kind import.products) applies it all in one transaction, or nothing when any row is wrong", security: auth, request: { query: ImportQuerySchema, body: csvRequest }, responses: { 200: { description: 'preview (dry run)', ...json(ImportPreviewSchema) }, 202: { description: 'job queued', ...json(JobAcceptedSchema) }, 401: error('no session'), 403: error('admins only'), 413: error('file larger than 20 MB'), 422: error('no file') } },
    { method: 'post', path: '/api/admin/imports/stock', summary: "Admin, or manager for its own store: set on-hand counts from a CSV (SKU, location, on hand; variants' SKUs count for their product). ?dryRun=1 previews; otherwise a job (kind import.stock) applies it in one transaction", security: auth, request: { query: ImportQuerySchema, body: csvRequest }, responses: { 200: { description: 'preview (dry run)', ...json(ImportPreviewSchema) }, 202: { description: 'job queued', ...json(JobAcceptedSchema) }, 401: error('no session'), 403: error("not an admin, or a manager naming another store's location"), 413: error('file larger than 20 MB'), 422: error('no file') } },
    { method: 'get', path: '/api/admin/exports/products', summary: 'Admin or manager: every product, drafts included, as the product import reads it', security: auth, responses: { 200: csv('products.csv'), 401: error('no session'), 403: error('staff of the back office only') } },
    { method: 'get', path: '/api/admin/exports/stock', summary: "Admin, or manager for its own store: one location's on-hand count per SKU, as the stock import reads it", security: auth, request: { query: StockExportQuerySchema }, responses: { 200: csv('stock-<location>.csv'), 403: error("another store's stock"), 404: error('no such location'), 422: error('locationId missing') } },
    { method: 'post', path: '/api/admin/backups', summary: 'Admin: a consistent backup of the embedded database and the uploaded files, written under `<data dir>/backups/<time>` while the server keeps serving (`npm run backup` calls it; `npm run restore` puts one back). On PostgreSQL use pg_dump instead (docs/operations.md)', security: auth, responses: { 201: { description: 'backup written', ...json(BackupCreatedSchema) }, 401: error('no session'), 403: error('admins only'), 409: error('the server runs on PostgreSQL: use pg_dump'), 429: error('too many backups in a row') } },
    { method: 'get', path: '/api/admin/jobs', summary: 'Recent background jobs, newest first, 50 a page (admin: all; manager: its own)', security: auth, request: { query: JobListQuerySchema }, responses: { 200: { description: 'jobs', ...json(JobListSchema) }, 403: error('back office only') } },
    { method: 'get', path: '/api/admin/jobs/{id}', summary: "A job's state, progress, messages, errors and result (admin: any; manager: its own)", security: auth, request: { params: id }, responses: { 200: { description: 'job', ...json(JobSchema) }, 404: error('no such job, or not yours') } },
    { method: 'get', path: '/api/admin/staff', summary: "Staff accounts (admin: every advisor, clerk, manager and admin; manager: its store's advisors and clerks)", security: auth, responses: { 200: { description: 'staff', ...json(StaffListSchema) }, 403: error('back office only') } },
    { method: 'post', path: '/api/admin/staff', summary: 'Create an advisor, clerk or manager (manager: advisors and clerks of its own store only)', security: auth, request: { body: jsonBody(CreateStaffRequestSchema) }, responses: { 201: { description: 'created', ...json(StaffMemberSchema) }, 403: error('outside your scope'), 409: error('email already used'), 422: error('invalid body') } },
    { method: 'post', path: '/api/admin/staff/{id}/deactivate', summary: 'Deactivate an account: it signs in no more and its tokens are refused', security: auth, request: { params: id }, responses: { 200: { description: 'staff member', ...json(StaffMemberSchema) }, 403: error('outside your scope, or your own account'), 404: error('no such member of staff') } },
    { method: 'post', path: '/api/admin/staff/{id}/reactivate', summary: 'Reactivate an account (old tokens stay refused; the person signs in again)', security: auth, request: { params: id }, responses: { 200: { description: 'staff member', ...json(StaffMemberSchema) }, 403: error('outside your scope, or your own account'), 404: error('no such member of staff') } },
    { method: 'get', path: '/api/admin/audit', summary: 'Admin: the audit log, newest first, filtered by actor, action, target, customer and time', security: auth, request: { query: AuditQuerySchema }, responses: { 200: { description: 'entries', ...json(AuditPageSchema) }, 403: error('admins only'), 422: error('invalid query') } },
  ];
}
