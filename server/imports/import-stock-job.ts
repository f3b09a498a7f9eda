import { and, eq, sql } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import { stock } from '../db/schema/commerce';
import { stockMovements } from '../db/schema/stores';
import { recordAudit } from '../audit/record-audit';
import { JobFailure } from '../jobs/job-failure';
import { planStockImport } from './plan-stock-import';
import { announceStockChange } from '../stock/announce-stock-change';

export const IMPORT_STOCK_JOB = 'import.stock';

export interface ImportStockPayload {
  csv: string;
  actor: Principal;
}

/**
 * The job that applies a stock count: every changed (product, location) is set to the counted
 * quantity in one transaction, with a `count` stock movement and an audit entry each. Rows are
 * locked in product order, as checkout locks them, so the two never deadlock; a reservation made
 * since the preview that the count would go below fails the whole job.
 *
 * @example registerStockImport(s); await s.jobs.enqueue(IMPORT_STOCK_JOB, { csv, actor });
 */
export function registerStockImport(s: Services): void {
  s.jobs.register<ImportStockPayload>(IMPORT_STOCK_JOB, async (ctx) => {
    const { csv, actor } = ctx.payload;
    await ctx.progress(0.05, 'reading the file');
    const plan = await planStockImport(s.database.db, s.catalogue, actor, csv);
    if (plan.errors.length) throw new JobFailure(`${plan.errors.length} problem(s) in the file; nothing was imported`, plan.errors);
    const changed = plan.counts
      .filter((c) => plan.preview.changes.some((ch) => ch.handle === c.productId && ch.locationId === c.locationId))
      .sort((a, b) => a.productId.localeCompare(b.productId) || a.locationId.localeCompare(b.locationId));
    await ctx.progress(0.3, `${changed.length} stock level(s) to change`);
    await s.database.db.transaction(async (tx) => {
      for (const c of changed) {
        const where = and(eq(stock.productId, c.productId), eq(stock.locationId, c.locationId));
        const [before] = await tx.select().from(stock).where(where).for('update');
        const reserved = before?.reserved ?? 0;
        if (c.onHand < reserved) {
          throw new JobFailure('a count is below what is now reserved; nothing was imported', [{
            row: c.rows[c.rows.length - 1], field: 'on hand',
            message: `${reserved} unit(s) of "${c.productId}" are reserved for orders at "${c.locationId}"; on hand cannot be ${c.onHand}`,
          }]);
        }
        if (before) await tx.update(stock).set({ onHand: c.onHand, updatedAt: sql`now()` }).where(where);
        else await tx.insert(stock).values({ productId: c.productId, locationId: c.locationId, onHand: c.onHand });
        const delta = c.onHand - (before?.onHand ?? 0);
        await tx.insert(stockMovements).values({ locationId: c.locationId, productId: c.productId, kind: 'count', delta, onHandAfter: c.onHand, byUserId: actor.userId });
        await recordAudit(tx, actor, {
          action: 'stock.counted', targetType: 'stock', targetId: `${c.productId}@${c.locationId}`,
          before: { onHand: before?.onHand ?? 0, reserved }, after: { onHand: c.onHand, reserved }, data: { via: 'import', rows: c.rows },
        });
      }
    });
    await announceStockChange(s, [...new Set(changed.map((c) => c.productId))]);
    await ctx.progress(1, `${changed.length} stock level(s) changed`);
    const { create, update, unchanged } = plan.preview;
    return { create, update, unchanged };
  });
}
