import { z } from 'zod';
import { UserSchema } from '../auth/role';
import { ProductSchema, } from '../catalogue/product';
import { LocationSchema } from '../catalogue/location';
import { ProductSearchQuerySchema } from '../catalogue/product-search';
import { PaymentMethodSchema, OrderStatusSchema, OrderSchema } from '../orders/order';
import { TimelineEventSchema } from '../timeline/timeline-event';
import { ContactSchema, ShippingAddressSchema } from '../delivery/delivery-schemas';

export const HealthSchema = z.object({
  ok: z.literal(true),
  db: z.enum(['embedded', 'postgres']),
  presence: z.enum(['local', 'redis']),
});

/** GET /api/ready: 200 when every dependency answers, 503 naming the ones that do not. */
export const ReadySchema = z.object({
  ok: z.boolean(),
  db: z.enum(['embedded', 'postgres']),
  redis: z.enum(['up', 'down', 'unused']),
  down: z.array(z.enum(['database', 'redis'])).optional(),
});
export type Ready = z.infer<typeof ReadySchema>;

export const LoginRequestSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

export const AuthResponseSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  user: UserSchema,
  /** Set when a guest cart was merged into the account's cart at sign-in. */
  mergedCartId: z.string().optional(),
});
export type AuthResponse = z.infer<typeof AuthResponseSchema>;

/** The catalogue search query; see product-search.ts. */
export const ProductQuerySchema = ProductSearchQuerySchema;
/** `?productIds=a,b,c` (at most 100). */
export const AvailabilityQuerySchema = z.object({
  productIds: z.string().max(4000).transform((s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))]).pipe(z.array(z.string().max(64)).min(1).max(100)),
});
export const ProductListSchema = z.object({ items: z.array(ProductSchema) });
export const LocationListSchema = z.object({ items: z.array(LocationSchema) });

export const HandoffSchema = z.object({
  code: z.string(),
  expiresAt: z.string(),
  /** A data: URL of the QR code that encodes `url`. */
  qr: z.string(),
  url: z.string(),
});
export type Handoff = z.infer<typeof HandoffSchema>;

import { HANDOFF_ALPHABET, HANDOFF_CODE_LENGTH } from './handoff-format';
export { HANDOFF_ALPHABET, HANDOFF_CODE_LENGTH };
export const HandoffCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(new RegExp(`^[${HANDOFF_ALPHABET}]{${HANDOFF_CODE_LENGTH}}$`), 'a 6-character handoff code');

export const CheckoutRequestSchema = z.object({
  expectedVersion: z.number().int().nonnegative().optional(),
  payment: z.object({
    method: PaymentMethodSchema,
    /** With `card`: the one-time token the payment provider's own card page gave (the card number never comes here). */
    token: z.string().trim().min(8).max(200).optional(),
  }),
  /** Who to tell about the order (the web checkout asks for it; the till may go without). */
  contact: ContactSchema.optional(),
  /** Needed when any line ships (`{type: "ship"}`): a French address; express lines need one in a store's city. */
  shippingAddress: ShippingAddressSchema.optional(),
});
export type CheckoutRequest = z.infer<typeof CheckoutRequestSchema>;

export const OrderStatusRequestSchema = z.object({
  status: OrderStatusSchema,
  /** Needed to hand a pickup order over: the code the customer shows. */
  pickupCode: z.string().trim().max(16).optional(),
  /** The store whose pickup part moves, for an order collected at several stores (a desk moves its own store's part). */
  storeId: z.string().trim().min(1).max(64).optional(),
});
export type OrderStatusRequest = z.infer<typeof OrderStatusRequestSchema>;

export const OrderListSchema = z.object({ items: z.array(OrderSchema) });
export const TimelineSchema = z.object({ items: z.array(TimelineEventSchema) });

/** `POST /api/auth/device-link`: where the other device lands once signed in. */
export const DeviceLinkRequestSchema = z.object({ path: z.string().max(300).default('/') });
