import { and, eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import { recordAudit } from '../audit/record-audit';
import { HttpError } from '../http/http-error';
import { storeLayouts } from '../db/schema/layouts';
import { locations } from '../db/schema/commerce';
import type { StoreLayoutVersion } from '../../shared/store-layout/layout-api';
import { readDraftLayout, readPublishedLayout } from './layout-rows';
import { announceLayoutChange } from './layout-changes';

/**
 * Publishes a store's draft: it becomes the layout visitors walk, the previous one is archived,
 * and every process hears of it (open store views and showroom rooms switch without reload).
 *
 * @example await publishLayout(s, principal, 'store-lyon') // {version: 2, status: 'published', ...}
 */
export async function publishLayout(s: Services, actor: Principal, storeId: string): Promise<StoreLayoutVersion> {
  const { db } = s.database;
  const published = await db.transaction(async (tx) => {
    await tx.select({ id: locations.id }).from(locations).where(eq(locations.id, storeId)).for('update');
    const draft = await readDraftLayout(tx, storeId);
    if (!draft) throw new HttpError(409, 'conflict', 'there is no draft to publish: save one first');
    const before = await readPublishedLayout(tx, storeId);
    if (before) await tx.update(storeLayouts).set({ status: 'archived' }).where(and(eq(storeLayouts.storeId, storeId), eq(storeLayouts.version, before.version)));
    await tx.update(storeLayouts).set({ status: 'published', publishedAt: s.now().toISOString() }).where(and(eq(storeLayouts.storeId, storeId), eq(storeLayouts.version, draft.version)));
    await recordAudit(tx, actor, {
      action: 'store_layout.published', targetType: 'store_layout', targetId: `${storeId}/${draft.version}`,
      before: before ? { version: before.version } : null, after: { version: draft.version }, data: { storeId },
    });
    return { ...draft, status: 'published' as const };
  });
  announceLayoutChange(s, storeId, published.version);
  return published;
}
