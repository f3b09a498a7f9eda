import { z } from 'zod';
import { LineSchema, CartTotalsSchema } from '../cart/cart';
import { ChannelSchema } from '../channel';
import { MoneySchema } from '../money';
import { PickupPartSchema } from './pickup-part';
import { ContactSchema, DeliveryGroupSchema, ShippingAddressSchema } from '../delivery/delivery-schemas';

export const ORDER_STATUSES = ['placed', 'ready_for_pickup', 'picked_up', 'shipped', 'cancelled'] as const;
export const OrderStatusSchema = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatusSchema>;

export const PaymentMethodSchema = z.enum(['card', 'in_store']);
export type PaymentMethod = z.infer<typeof PaymentMethodSchema>;

export const OrderLineSchema = LineSchema.extend({
  /** Where the line's stock is reserved: the pickup store, or the warehouse (or store) that ships it. */
  sourceLocationId: z.string(),
  /** Set when the line was handed over at the till with the payment ("take now"); it is no longer waiting anywhere. */
  handedOverAt: z.string().optional(),
});
export type OrderLine = z.infer<typeof OrderLineSchema>;

export const OrderSchema = z.object({
  id: z.string(),
  /** The human order number (`VT-000123`): what every screen, receipt and e-mail shows; never the id. */
  number: z.string(),
  cartId: z.string(),
  customerId: z.string(),
  status: OrderStatusSchema,
  lines: z.array(OrderLineSchema),
  /** The cart's totals plus `delivery` (every group's fee, inside `total`) and the `vat` included in `total`. */
  totals: CartTotalsSchema.extend({ delivery: MoneySchema.optional(), vat: MoneySchema.optional() }),
  payment: z.object({
    method: PaymentMethodSchema,
    /**
     * `authorised`, `captured`, `refunded`, `voided`: the card provider's state of the payment (held,
     * taken when the goods leave, given back). `paid`: taken at a till; `due_at_pickup`: to pay at the desk.
     */
    status: z.enum(['paid', 'due_at_pickup', 'authorised', 'captured', 'refunded', 'voided', 'declined']),
    /** The provider's payment id, or the till terminal's reference when paid at a store. */
    reference: z.string().optional(),
    /** Card network and last four digits, for the receipt; Vitrine never holds the card number. */
    brand: z.string().optional(),
    last4: z.string().optional(),
    /**
     * Given back so far while the rest stays paid: the share of pickup parts cancelled after the
     * order was paid as a whole (the status says `refunded` or `voided` once all of it is).
     */
    refunded: MoneySchema.optional(),
  }),
  channel: ChannelSchema,
  /** Shown by the customer at the pickup desk; only the customer and staff see it. */
  pickupCode: z.string().optional(),
  /** Pickups not collected by then are released back to stock. */
  pickupBy: z.string().optional(),
  /**
   * The pickup lines by store, each with its own code and status. `status` and `pickupCode` above
   * read as before for an order collected at one store (the code is that part's code; an order
   * collected at several stores has a code per part and no single `pickupCode`).
   */
  pickups: z.array(PickupPartSchema).optional(),
  contact: ContactSchema.optional(),
  shippingAddress: ShippingAddressSchema.optional(),
  /** How each group of lines travels, its fee and promised date, as charged at checkout. */
  delivery: z.array(DeliveryGroupSchema).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Order = z.infer<typeof OrderSchema>;
