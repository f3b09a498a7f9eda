import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { locations } from '../db/schema/commerce';
import { storeLayouts } from '../db/schema/layouts';
import { StoreLayoutSchema, type StoreLayout } from '../../shared/store-layout/store-layout-schema';
import { APP_ROOT } from '../app/app-root';

const layoutFile = path.join(APP_ROOT, 'assets/store-layout/store-layout.json');

/** The store every shop starts with (assets/store-layout/store-layout.json), validated. */
export function loadDefaultStoreLayout(): StoreLayout {
  return StoreLayoutSchema.parse(JSON.parse(fs.readFileSync(layoutFile, 'utf8')));
}

/**
 * Gives every store without a layout the default one, published as version 1. Runs at every
 * start; a store that already has any version is left alone, and two processes starting together
 * are safe (the insert skips an existing version 1).
 *
 * @example await seedStoreLayouts(db, loadDefaultStoreLayout()) // ['store-lyon', ...] the first time
 */
export async function seedStoreLayouts(db: Db, layout: StoreLayout): Promise<string[]> {
  const stores = await db.select({ id: locations.id }).from(locations).where(eq(locations.kind, 'store'));
  const have = new Set((await db.selectDistinct({ storeId: storeLayouts.storeId }).from(storeLayouts)).map((r) => r.storeId));
  const missing = stores.map((s) => s.id).filter((id) => !have.has(id));
  if (!missing.length) return [];
  const now = new Date().toISOString();
  await db
    .insert(storeLayouts)
    .values(missing.map((storeId) => ({ storeId, version: 1, status: 'published' as const, layout, createdBy: null, createdAt: now, publishedAt: now })))
    .onConflictDoNothing();
  return missing;
}
