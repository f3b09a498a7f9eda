import type { RouteConfig } from '@asteasolutions/zod-to-openapi/dist/index.mjs';
import { z } from 'zod';
import { LayoutVersionListSchema, PublishedLayoutSchema, SaveLayoutDraftRequestSchema, StoreLayoutVersionSchema } from '../../shared/store-layout/layout-api';

type Helpers = {
  json(schema: z.ZodType): { content: { 'application/json': { schema: z.ZodType } } };
  error(description: string): object;
  auth: Record<string, string[]>[];
};

const store = z.object({ storeId: z.string() });

/** Store layouts: the published one (and its stream) for visitors, drafts and versions for admins and managers. */
export function layoutPaths({ json, error, auth }: Helpers): RouteConfig[] {
  const refused = error('the layout is refused: `{error: "invalid", message, issues: [{code, fixtureId?, itemId?, otherId?, path?, message}]}`, naming each fixture at fault (outside the bounds, overlapping, unknown product or category, bad value)');
  const editor = 'Admin (any store) or manager (their own store)';
  return [
    { method: 'get', path: '/api/stores/{storeId}/layout', summary: 'The published layout of a store, as `/store` walks it', request: { params: store }, responses: { 200: { description: 'layout', ...json(PublishedLayoutSchema) }, 404: error('no such store, or nothing published yet') } },
    { method: 'get', path: '/api/stores/{storeId}/layout/events', summary: 'Server-sent events: `event: layout` with the published layout (as GET .../layout), at once and whenever a new version is published', request: { params: store }, responses: { 200: { description: 'text/event-stream' }, 404: error('no such store') } },
    { method: 'get', path: '/api/admin/stores/{storeId}/layouts', summary: `${editor}: every version of the store's layout, newest first`, security: auth, request: { params: store }, responses: { 200: { description: 'versions', ...json(LayoutVersionListSchema) }, 403: error('another store, or not staff who edit layouts'), 404: error('no such store') } },
    { method: 'get', path: '/api/admin/stores/{storeId}/layouts/{version}', summary: `${editor}: one version with its layout`, security: auth, request: { params: store.extend({ version: z.string() }) }, responses: { 200: { description: 'version', ...json(StoreLayoutVersionSchema) }, 403: error('another store'), 404: error('no such version') } },
    { method: 'put', path: '/api/admin/stores/{storeId}/layouts/draft', summary: `${editor}: save the draft (a new version after the newest, or over the current draft); audited`, security: auth, request: { params: store, body: json(SaveLayoutDraftRequestSchema) }, responses: { 200: { description: 'the draft', ...json(StoreLayoutVersionSchema) }, 403: error('another store'), 404: error('no such store'), 422: refused, 429: error('rate limited') } },
    { method: 'post', path: '/api/admin/stores/{storeId}/layouts/draft/publish', summary: `${editor}: publish the draft; the previous version is archived and open store views and showroom rooms of the store take the new one at once; audited`, security: auth, request: { params: store }, responses: { 200: { description: 'the published version', ...json(StoreLayoutVersionSchema) }, 403: error('another store'), 404: error('no such store'), 409: error('no draft to publish'), 429: error('rate limited') } },
  ];
}
