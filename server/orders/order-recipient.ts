import { eq } from 'drizzle-orm';
import type { Db } from '../db/database';
import { orders, users } from '../db/schema/commerce';
import type { Order } from '../../shared/orders/order';
import type { Locale } from '../../shared/i18n-text';

/** Where an order's mails go, in which language, and how to greet. */
export interface OrderRecipient {
  to: string;
  language: Locale;
  name?: string;
}

/**
 * The person an order's mails are for: the contact given at checkout, else the address of the
 * customer's account (never a guest's); in the language the order was placed in, else the
 * account's, else French. Undefined when nobody can be written to (a walk-in guest).
 *
 * @example const who = await orderRecipient(db, order); if (who) await s.mail.send(who.to, …, who.language);
 */
export async function orderRecipient(db: Pick<Db, 'select'>, order: Pick<Order, 'id' | 'customerId' | 'contact' | 'shippingAddress'>): Promise<OrderRecipient | undefined> {
  const [row] = await db.select({ language: orders.language, email: users.email, guest: users.guest, name: users.name, accountLanguage: users.language })
    .from(orders).innerJoin(users, eq(users.id, orders.customerId)).where(eq(orders.id, order.id)).limit(1);
  const to = order.contact?.email ?? (row && !row.guest ? row.email : null);
  if (!to) return undefined;
  const name = order.shippingAddress?.name ?? (row?.guest ? undefined : row?.name) ?? undefined;
  return { to, language: row?.language ?? row?.accountLanguage ?? 'fr', ...(name ? { name } : {}) };
}
