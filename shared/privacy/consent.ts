import { z } from 'zod';
import type { TimelineEventType } from '../timeline/timeline-event';

/**
 * Journey analytics: touch points recorded only to measure the journey (what was looked at, where),
 * not to serve an order. The CNIL asks for consent before these are kept; carts, orders, help
 * requests and sign-ins are needed to serve the customer and are recorded regardless.
 */
export const ANALYTICS_EVENT_TYPES = ['product.viewed', 'product.viewed_in_ar', 'room.joined'] as const satisfies readonly TimelineEventType[];

/**
 * Whether an event of this type needs the customer's analytics consent to be recorded.
 *
 * @example isAnalyticsEvent('product.viewed') // true
 * @example isAnalyticsEvent('order.placed') // false
 */
export function isAnalyticsEvent(type: string): boolean {
  return (ANALYTICS_EVENT_TYPES as readonly string[]).includes(type);
}

/** `PUT /api/customers/me/consent`: the customer's choice, as made on the banner or the privacy page. */
export const ConsentChoiceSchema = z.object({ analytics: z.boolean() }).strict();
export type ConsentChoice = z.infer<typeof ConsentChoiceSchema>;

/** The choice on record: `analytics: null` until the customer has chosen (which counts as a refusal). */
export const ConsentSchema = z.object({ analytics: z.boolean().nullable(), decidedAt: z.string().nullable() });
export type Consent = z.infer<typeof ConsentSchema>;

/** `POST /api/customers/me/erase`: an account with a password confirms with it; a guest has none to give. */
export const EraseRequestSchema = z.object({ password: z.string().min(1).max(200).optional() }).strict();
export type EraseRequest = z.infer<typeof EraseRequestSchema>;
