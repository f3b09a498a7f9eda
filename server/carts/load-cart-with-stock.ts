import { sql } from 'drizzle-orm';
import type { Cart } from '../../shared/cart/cart';
import type { Catalogue } from '../catalogue/catalogue';
import type { SourceCandidate } from '../../shared/stock/plan-reservations';
import type { RowQuery } from '../db/query-prepared';

interface Row {
  id: string;
  version: number;
  customer_id: string;
  channel: Cart['channel'];
  status: Cart['status'];
  lines: Cart['lines'];
  totals: Cart['totals'];
  promotions: Cart['promotions'];
  updated_at: string | Date;
  stock: { p: string; l: string; a: number }[] | null;
}

/**
 * A cart and the stock of every product it holds or is about to receive, in one round trip:
 * a cart command needs both, and on the embedded database each query costs more than the rest
 * of the request.
 */
export async function loadCartWithStock(
  query: RowQuery,
  catalogue: Catalogue,
  cartId: string,
  incomingProductIds: readonly string[],
): Promise<{ cart: Cart; candidatesFor: (productId: string) => SourceCandidate[] } | undefined> {
  const [row] = await query<Row>('load_cart_with_stock', sql`
    select c.id, c.version, c.customer_id, c.channel, c.status, c.lines, c.totals, c.promotions, c.updated_at,
      (select json_agg(json_build_object('p', s.product_id, 'l', s.location_id, 'a', greatest(s.on_hand - s.reserved, 0)))
         from stock s
        where s.product_id in (select x->>'productId' from jsonb_array_elements(c.lines) x)
           or s.product_id = any(${`{${incomingProductIds.map((id) => `"${id.replace(/["\\]/g, '')}"`).join(',')}}`}::text[])) as stock
    from carts c where c.id = ${cartId}`);
  if (!row) return undefined;
  const cart: Cart = {
    id: row.id,
    version: row.version,
    customerId: row.customer_id,
    channel: row.channel,
    status: row.status,
    lines: row.lines,
    totals: row.totals,
    promotions: row.promotions,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
  const byProduct = new Map<string, SourceCandidate[]>();
  for (const s of row.stock ?? []) {
    const loc = catalogue.location(s.l);
    if (!loc) continue;
    const list = byProduct.get(s.p) ?? [];
    list.push({ locationId: s.l, kind: loc.kind, available: s.a });
    byProduct.set(s.p, list);
  }
  return { cart, candidatesFor: (id) => byProduct.get(id) ?? [] };
}
