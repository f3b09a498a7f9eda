import { eq } from 'drizzle-orm';
import type { Services } from '../app/services';
import type { Principal } from '../auth/tokens';
import type { Promotion } from '../../shared/pricing/promotion';
import { promotions } from '../db/schema/commerce';
import { recordAudit } from '../audit/record-audit';
import { HttpError, notFound } from '../http/http-error';
import { announceCatalogueChange } from './catalogue-changes';

// A bundle changes the price of its own products; a category's percentage may touch any product.
const touched = (p: Promotion): readonly string[] | '*' => (p.kind === 'bundle' ? p.productIds : '*');

/**
 * Starts a promotion from the back office, audited, then live on every channel and process (the
 * same `priceLines` prices carts, the till and the pages with it). An id already used is refused
 * with 409, so a promotion is never silently replaced; a bundle naming an unknown product with 422.
 *
 * @example await createPromotion(services, admin, { id: 'gift', kind: 'bundle', ... });
 */
export async function createPromotion(s: Services, actor: Principal, promotion: Promotion): Promise<Promotion> {
  const unknown = promotion.kind === 'bundle' ? promotion.productIds.find((id) => !s.catalogue.anyProduct(id)) : undefined;
  if (unknown) throw new HttpError(422, 'invalid', `productIds: no product "${unknown}"`, { field: 'productIds', productId: unknown });
  await s.database.db.transaction(async (tx) => {
    const added = await tx.insert(promotions).values({ id: promotion.id, data: promotion }).onConflictDoNothing().returning({ id: promotions.id });
    if (!added.length) throw new HttpError(409, 'conflict', `a promotion "${promotion.id}" already exists`, { field: 'id' });
    await recordAudit(tx, actor, { action: 'promotion.created', targetType: 'promotion', targetId: promotion.id, before: null, after: promotion });
  });
  await announceCatalogueChange(s, touched(promotion));
  return promotion;
}

/**
 * Ends a promotion now: carts and the till stop applying it; orders placed with it keep their prices.
 *
 * @example await endPromotion(services, admin, 'gift');
 */
export async function endPromotion(s: Services, actor: Principal, id: string): Promise<void> {
  const ended = await s.database.db.transaction(async (tx) => {
    const [row] = await tx.delete(promotions).where(eq(promotions.id, id)).returning();
    if (!row) throw notFound('promotion');
    await recordAudit(tx, actor, { action: 'promotion.ended', targetType: 'promotion', targetId: id, before: row.data, after: null });
    return row.data;
  });
  await announceCatalogueChange(s, touched(ended));
}
