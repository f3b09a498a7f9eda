import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { storeLayouts } from '../db/schema/layouts';
import type { LayoutStatus, LayoutVersionSummary, PublishedLayout, StoreLayoutVersion } from '../../shared/store-layout/layout-api';
import type { StoreLayout } from '../../shared/store-layout/store-layout-schema';

type Reader = Pick<Db, 'select'>;

/**
 * The layout visitors walk in a store, or undefined before any is published.
 * @example await readPublishedLayout(db, 'store-lyon') // {storeId, version: 3, layout}
 */
export async function readPublishedLayout(db: Reader, storeId: string): Promise<PublishedLayout | undefined> {
  const [row] = await db.select().from(storeLayouts).where(and(eq(storeLayouts.storeId, storeId), eq(storeLayouts.status, 'published'))).limit(1);
  return row ? { storeId, version: row.version, layout: row.layout as StoreLayout } : undefined;
}

export async function readLayoutVersion(db: Reader, storeId: string, version: number): Promise<StoreLayoutVersion | undefined> {
  const [row] = await db.select().from(storeLayouts).where(and(eq(storeLayouts.storeId, storeId), eq(storeLayouts.version, version))).limit(1);
  return row ? { storeId, version: row.version, status: row.status as LayoutStatus, layout: row.layout as StoreLayout } : undefined;
}

export async function readDraftLayout(db: Reader, storeId: string): Promise<StoreLayoutVersion | undefined> {
  const [row] = await db.select().from(storeLayouts).where(and(eq(storeLayouts.storeId, storeId), eq(storeLayouts.status, 'draft'))).limit(1);
  return row ? { storeId, version: row.version, status: 'draft', layout: row.layout as StoreLayout } : undefined;
}

/** Newest first. */
export async function listLayoutVersions(db: Reader, storeId: string): Promise<LayoutVersionSummary[]> {
  const rows = await db
    .select({ version: storeLayouts.version, status: storeLayouts.status, createdAt: storeLayouts.createdAt, publishedAt: storeLayouts.publishedAt, createdBy: storeLayouts.createdBy })
    .from(storeLayouts)
    .where(eq(storeLayouts.storeId, storeId))
    .orderBy(desc(storeLayouts.version));
  return rows.map((r) => ({ ...r, status: r.status as LayoutStatus, createdAt: new Date(r.createdAt).toISOString(), publishedAt: r.publishedAt ? new Date(r.publishedAt).toISOString() : null }));
}
