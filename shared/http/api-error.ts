import { z } from 'zod';

/** Every error answer has this shape and a 4xx status; a 5xx is always a bug. */
export const ApiErrorSchema = z
  .object({
    error: z.string(),
    message: z.string(),
  })
  .catchall(z.unknown());
export type ApiError = z.infer<typeof ApiErrorSchema>;

export const API_ERROR_CODES = [
  'invalid',
  'invalid_json',
  'invalid_text',
  'payload_too_large',
  'unsupported_media_type',
  'unauthorized',
  'forbidden',
  'not_found',
  'version_conflict',
  'insufficient_stock',
  'idempotency_key_required',
  'idempotency_key_reused',
  'handoff_invalid',
  'illegal_transition',
  'cart_closed',
  'empty_cart',
  'rate_limited',
  'payment_failed',
  'payment_due',
  'conflict',
  'below_reserved',
  /** Checkout: a line's price changed and the customer has not accepted it (docs/price-changes.md). */
  'price_changed',
  /** Checkout: a line's product is no longer sold. */
  'unavailable_lines',
  'sku_taken',
  /** Erasing an account while some of its orders are still to be shipped or picked up. */
  'open_orders',
  /** 403: the action needs a recent sign-in (adding a passkey); sign in again, then retry. */
  'reauthentication_required',
  /** 503: a service the server depends on (database, Redis) did not answer; retry shortly. */
  'unavailable',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
