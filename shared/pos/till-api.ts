import { z } from 'zod';
import type { Money } from '../money';
import type { Order } from '../orders/order';
import type { DeclineReason } from './payment-terminal';
import { ContactSchema } from '../delivery/delivery-schemas';

/** The till pays for a cart on the store's terminal and completes the order in one step. */
export const TillCheckoutRequestSchema = z.object({
  expectedVersion: z.number().int().nonnegative().optional(),
  /** The one-time token the payment provider's terminal gave for the presented card; the till never sees the number. */
  token: z.string().trim().min(8).max(200),
  /** Where to mail the receipt when the customer has no account (or wants it elsewhere). */
  contact: ContactSchema.optional(),
});
export type TillCheckoutRequest = z.infer<typeof TillCheckoutRequestSchema>;

export const HandOverRequestSchema = z.object({
  pickupCode: z.string().trim().min(1).max(16),
  /** Needed only when the order is still to be paid at pickup: the provider terminal's token for the presented card. */
  token: z.string().trim().min(8).max(200).optional(),
});
export type HandOverRequest = z.infer<typeof HandOverRequestSchema>;

export interface TillPayment {
  id: string;
  /** `refunded`: approved, then given back when the order (or this store's part of it) was cancelled. */
  status: 'approved' | 'declined' | 'refunded';
  amount: Money;
  last4: string;
  reason?: DeclineReason;
  refunded?: Money;
  refundedAt?: string;
  createdAt: string;
}

export interface TillCheckoutResponse {
  order: Order;
  payment: TillPayment;
  /** What left the shelf at this till, per product. */
  handedOver: { productId: string; qty: number }[];
}

/** What the till shows about the customer it serves. */
export interface CustomerSummary {
  id: string;
  name?: string;
  guest: boolean;
  orders: number;
  spent: Money;
  firstSeen?: string;
}
