import { z } from 'zod';
import { MoneySchema } from '../money';
import { ChannelSchema } from '../channel';
import { FulfilmentSchema } from './fulfilment';

import { MAX_LINE_QTY, MAX_CART_LINES } from './cart-limits';

export { MAX_LINE_QTY, MAX_CART_LINES };

export const LineSchema = z.object({
  id: z.string().min(1),
  productId: z.string().min(1),
  variantId: z.string().optional(),
  qty: z.number().int().min(1).max(MAX_LINE_QTY),
  unitPrice: MoneySchema,
  fulfilment: FulfilmentSchema,
  /** Who put the line there, when it was not the customer (an advisor's suggestion the customer may accept or remove). */
  addedBy: z.object({ role: z.enum(['advisor', 'clerk']), userId: z.string(), name: z.string().optional() }).optional(),
  /**
   * The catalogue price changed since the customer last saw this line: `unitPrice` is already the
   * new price (`to`), `from` the one they saw. Checkout refuses until they accept it (docs/price-changes.md).
   */
  priceChange: z.object({ from: MoneySchema, to: MoneySchema }).optional(),
  /** The product (or this variant) is no longer sold: the line cannot be paid for, only removed. */
  unavailable: z.literal(true).optional(),
  /**
   * What this line costs with promotions (shared/pricing/price-lines.ts), set each time the cart is
   * priced: `unit` is the price every surface shows for one unit, `was` the one before a promotion,
   * `total` the line after every promotion. Absent on a cart priced before it existed.
   */
  price: z.object({ unit: MoneySchema, was: MoneySchema.optional(), total: MoneySchema }).optional(),
});
export type Line = z.infer<typeof LineSchema>;

export const CartTotalsSchema = z.object({
  items: MoneySchema,
  discount: MoneySchema,
  total: MoneySchema,
});
export type CartTotals = z.infer<typeof CartTotalsSchema>;

export const CartStatusSchema = z.enum(['active', 'checked_out', 'merged']);
export type CartStatus = z.infer<typeof CartStatusSchema>;

export const CartSchema = z.object({
  id: z.string(),
  version: z.number().int().nonnegative(),
  customerId: z.string(),
  /** The channel of the last change. */
  channel: ChannelSchema,
  status: CartStatusSchema,
  lines: z.array(LineSchema),
  totals: CartTotalsSchema,
  /** Promotions that applied, for display; amounts are already in `totals.discount`. */
  promotions: z.array(z.object({ id: z.string(), label: z.object({ fr: z.string(), en: z.string() }), amount: MoneySchema })).default([]),
  updatedAt: z.string(),
});
export type Cart = z.infer<typeof CartSchema>;
