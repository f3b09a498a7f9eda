import { sql } from 'drizzle-orm';
import { pgTable, text, integer, jsonb, timestamp, primaryKey, uniqueIndex, check } from 'drizzle-orm/pg-core';
import { locations } from './commerce';

/**
 * Each store's walkable layout, versioned: at most one draft being edited and one published
 * version that visitors walk; earlier published versions are kept as archived.
 */
export const storeLayouts = pgTable('store_layouts', {
  storeId: text('store_id').notNull().references(() => locations.id),
  version: integer('version').notNull(),
  status: text('status', { enum: ['draft', 'published', 'archived'] }).notNull(),
  /** A layout as `shared/store-layout/store-layout-schema.ts` parses it (every default written out). */
  layout: jsonb('layout').$type<unknown>().notNull(),
  createdBy: text('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
}, (t) => [
  primaryKey({ columns: [t.storeId, t.version] }),
  check('store_layouts_status_check', sql`${t.status} in ('draft', 'published', 'archived')`),
  uniqueIndex('store_layouts_one_draft_idx').on(t.storeId).where(sql`${t.status} = 'draft'`),
  uniqueIndex('store_layouts_one_published_idx').on(t.storeId).where(sql`${t.status} = 'published'`),
]);
