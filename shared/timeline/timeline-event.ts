import { z } from 'zod';
import { ChannelSchema } from '../channel';

/** Every touch point a customer has with the store, whichever channel it came through. */
export const TIMELINE_EVENT_TYPES = [
  'session.started',
  'session.signed_in',
  'cart.created',
  'cart.changed',
  'cart.merged',
  'cart.handoff_created',
  'cart.handoff_redeemed',
  'checkout.refused',
  'order.placed',
  'order.status_changed',
  'order.handed_over',
  'order.pickup_changed',
  'payment.declined',
  /** A card charged at a till's pickup desk for one part of an order paid at pickup (its amount, its store). */
  'payment.taken',
  /** A card charge given back by the provider (a cancelled order or pickup part). */
  'payment.refunded',
  'product.viewed',
  'product.viewed_in_ar',
  'help.requested',
  'help.accepted',
  /** An advisor handed the customer back to the queue (released them, or left their help session). */
  'help.returned',
  /** A help session ended; carries its summary (products shown, lines added). */
  'help.ended',
  'booking.created',
  'booking.cancelled',
  'room.joined',
  /** A consultation, event or friends' visit ended: what was shown and added (help sessions end with `help.ended`). */
  'session.summary',
] as const;
export const TimelineEventTypeSchema = z.enum(TIMELINE_EVENT_TYPES);
export type TimelineEventType = z.infer<typeof TimelineEventTypeSchema>;

export const TimelineEventSchema = z.object({
  at: z.string(),
  channel: ChannelSchema,
  type: TimelineEventTypeSchema,
  data: z.record(z.string(), z.unknown()),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** Events a client may record itself (views); everything else is recorded by the server as it happens. */
export const ClientTimelineEventSchema = z.object({
  type: z.enum(['product.viewed', 'product.viewed_in_ar']),
  data: z.object({ productId: z.string().min(1).max(64) }),
});
export type ClientTimelineEvent = z.infer<typeof ClientTimelineEventSchema>;
