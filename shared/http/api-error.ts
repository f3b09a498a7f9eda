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
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
