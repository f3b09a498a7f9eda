import { and, eq, sql } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import { recordAudit } from '../audit/record-audit';
import { HttpError } from '../http/http-error';
import { storeLayouts } from '../db/schema/layouts';
import { locations, products } from '../db/schema/commerce';
import { validateStoreLayout } from '../../shared/store-layout/validate-store-layout';
import type { StoreLayoutVersion } from '../../shared/store-layout/layout-api';
import { readDraftLayout } from './layout-rows';
import { onlyRow } from '../db/only-row';

/**
 * Saves a store's draft layout: checked first (schema, bounds, overlaps of fixtures and of room set
 * products at their catalogue size, known products and categories; a 422 lists every issue with its
 * fixture), then written over the current draft, or as a new version after the newest one. Audited in the same transaction.
 *
 * @example await saveLayoutDraft(s, principal, 'store-lyon', layoutJson) // {version: 2, status: 'draft', ...}
 */
export async function saveLayoutDraft(s: Services, actor: Principal, storeId: string, json: unknown): Promise<StoreLayoutVersion> {
  const { db } = s.database;
  const known = await db.select({ id: products.id, category: products.category, size: sql<{ w: number; d: number }>`${products.data}->'dimensionsM'` }).from(products);
  const { layout, issues } = validateStoreLayout(json, {
    productIds: new Set(known.map((p) => p.id)),
    categories: new Set(known.map((p) => p.category)),
    sizes: new Map(known.map((p) => [p.id, p.size])),
  });
  if (!layout) {
    const [first, ...more] = issues;
    const message = first ? (more.length ? `${first.message} (and ${more.length} more)` : first.message) : 'the layout is not valid';
    throw new HttpError(422, 'invalid', message, { issues });
  }
  return db.transaction(async (tx) => {
    // One writer per store at a time: versions are numbered in order.
    await tx.select({ id: locations.id }).from(locations).where(eq(locations.id, storeId)).for('update');
    const before = await readDraftLayout(tx, storeId);
    let version: number;
    if (before) {
      version = before.version;
      await tx.update(storeLayouts).set({ layout, createdBy: actor.userId, createdAt: s.now().toISOString() }).where(and(eq(storeLayouts.storeId, storeId), eq(storeLayouts.version, version)));
    } else {
      const { max } = onlyRow(await tx.select({ max: sql<number | null>`max(${storeLayouts.version})` }).from(storeLayouts).where(eq(storeLayouts.storeId, storeId)), 'max layout version');
      version = Number(max ?? 0) + 1;
      await tx.insert(storeLayouts).values({ storeId, version, status: 'draft', layout, createdBy: actor.userId, createdAt: s.now().toISOString() });
    }
    await recordAudit(tx, actor, {
      action: 'store_layout.draft_saved', targetType: 'store_layout', targetId: `${storeId}/${version}`,
      before: before ? { version: before.version, fixtures: before.layout.fixtures.length } : null,
      after: { version, fixtures: layout.fixtures.length },
      data: { storeId },
    });
    return { storeId, version, status: 'draft' as const, layout };
  });
}
