import { z } from 'zod';
import { MoneySchema } from '../money';

/** How to reach the customer about the order; `email` receives the confirmation. */
export const ContactSchema = z.object({
  email: z.string().trim().max(254).pipe(z.email()),
  /** Any written form ("06 12 34 56 78", "+33 6 ..."): digits, spaces, dots, dashes, one leading +. */
  phone: z.string().trim().min(6).max(32).regex(/^\+?[\d\s.()-]{6,}$/, 'a phone number').optional(),
});
export type Contact = z.infer<typeof ContactSchema>;

/** Where shipped lines go. `country` is an ISO 3166-1 alpha-2 code; delivery is to France (FR). */
export const ShippingAddressSchema = z.object({
  name: z.string().trim().min(1).max(120),
  line1: z.string().trim().min(1).max(200),
  line2: z.string().trim().max(200).optional(),
  postcode: z.string().trim().min(1).max(16),
  city: z.string().trim().min(1).max(100),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 country code'),
});
export type ShippingAddress = z.infer<typeof ShippingAddressSchema>;

export const DeliveryMethodSchema = z.enum(['standard', 'express', 'pickup', 'take_now']);

const PromiseSchema = z.object({ from: z.string(), by: z.string() });

export const DeliveryOptionSchema = z.object({
  method: z.enum(['standard', 'express']),
  fee: MoneySchema,
  /** False when this address or the store's stock rules it out (see the quote's problems). */
  available: z.boolean(),
  locationId: z.string().optional(),
  promise: PromiseSchema,
});
export type DeliveryOption = z.infer<typeof DeliveryOptionSchema>;

/** Lines that travel together: one method, one fee, one promised date. */
export const DeliveryGroupSchema = z.object({
  /** The lines' fulfilment key (`ship`, `ship:express`, `pickup:<store>`, `now:<store>`). */
  key: z.string(),
  method: DeliveryMethodSchema,
  lineIds: z.array(z.string()),
  /** The pickup store, or the store whose courier delivers express lines. */
  locationId: z.string().optional(),
  /** Where the goods leave from (warehouse or stores), as planned on the stock of now. */
  fromLocationIds: z.array(z.string()),
  fee: MoneySchema,
  /** Delivered or ready from `from`, at the latest `by` (ISO instants). */
  promise: PromiseSchema,
  /** For home delivery: each method these lines could go by instead, with its fee (the cart page's choice). */
  options: z.array(DeliveryOptionSchema).optional(),
});
export type DeliveryGroup = z.infer<typeof DeliveryGroupSchema>;

/** Why a method cannot serve these lines to this address (the cart page says it next to the choice). */
export const DeliveryProblemSchema = z.object({
  key: z.string(),
  field: z.string().optional(),
  reason: z.enum(['address_needed', 'not_france', 'postcode_format', 'postcode_unknown', 'city_missing', 'city_mismatch', 'express_no_store', 'express_no_stock', 'insufficient_stock']),
});
export type DeliveryProblem = z.infer<typeof DeliveryProblemSchema>;

export const OrderTotalsSchema = z.object({
  items: MoneySchema,
  discount: MoneySchema,
  /** Delivery fees of every group. */
  delivery: MoneySchema,
  /** Goods after discounts plus delivery: what is charged. */
  total: MoneySchema,
  /** The VAT included in `total` (prices include it). */
  vat: MoneySchema,
});
export type OrderTotals = z.infer<typeof OrderTotalsSchema>;

/** `POST /api/carts/:id/delivery-quote`: the address typed so far (optional). */
export const DeliveryQuoteRequestSchema = z.object({
  shippingAddress: ShippingAddressSchema.partial().optional(),
});

/** What checkout will charge for this cart delivered this way, and when it arrives. */
export const DeliveryQuoteSchema = z.object({
  cartId: z.string(),
  version: z.number().int(),
  groups: z.array(DeliveryGroupSchema),
  /** Cities where the express courier rides (from the stores' addresses). */
  expressCities: z.array(z.string()),
  problems: z.array(DeliveryProblemSchema),
  totals: OrderTotalsSchema,
});
export type DeliveryQuote = z.infer<typeof DeliveryQuoteSchema>;
