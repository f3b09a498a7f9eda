import { z } from 'zod';
import { StoreLayoutSchema } from './store-layout-schema';

export const LAYOUT_STATUSES = ['draft', 'published', 'archived'] as const;
export const LayoutStatusSchema = z.enum(LAYOUT_STATUSES);
export type LayoutStatus = z.infer<typeof LayoutStatusSchema>;

/** `PUT /api/admin/stores/:storeId/layouts/draft`: the layout is checked in depth by validateStoreLayout. */
export const SaveLayoutDraftRequestSchema = z.object({ layout: z.unknown() });

/** One version of a store's layout, with the layout itself. */
export const StoreLayoutVersionSchema = z.object({
  storeId: z.string(),
  version: z.number().int().positive(),
  status: LayoutStatusSchema,
  layout: StoreLayoutSchema,
});
export type StoreLayoutVersion = z.infer<typeof StoreLayoutVersionSchema>;

/** `GET /api/stores/:storeId/layout` and the `layout` event of its stream. */
export const PublishedLayoutSchema = StoreLayoutVersionSchema.omit({ status: true });
export type PublishedLayout = z.infer<typeof PublishedLayoutSchema>;

export const LayoutVersionSummarySchema = z.object({
  version: z.number().int().positive(),
  status: LayoutStatusSchema,
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
});
export type LayoutVersionSummary = z.infer<typeof LayoutVersionSummarySchema>;

export const LayoutVersionListSchema = z.object({ items: z.array(LayoutVersionSummarySchema) });

/** The 422 a refused layout gets: every issue, each naming its fixture. */
export const LayoutIssueSchema = z.object({
  code: z.string(),
  fixtureId: z.string().optional(),
  /** The product of the room set `fixtureId` at fault. */
  itemId: z.string().optional(),
  otherId: z.string().optional(),
  path: z.string().optional(),
  message: z.string(),
});
