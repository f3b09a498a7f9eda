import { z } from 'zod';
import { TimelineEventSchema } from '../timeline/timeline-event';

/** What the customer asks with: where they are and what they look at, so nobody repeats themselves. */
export const HelpRequestInputSchema = z.object({
  productId: z.string().min(1).max(64).optional(),
  cartId: z.string().min(1).max(64).optional(),
  /** The page or place they asked from (`/p/sofa-1`, `/store`). */
  page: z.string().max(200).optional(),
  storeId: z.string().min(1).max(64).optional(),
  message: z.string().max(500).optional(),
});
export type HelpRequestInput = z.infer<typeof HelpRequestInputSchema>;

export const HelpContextSchema = z.object({
  productId: z.string().optional(),
  productName: z.string().optional(),
  cartId: z.string().optional(),
  cartLines: z.number().int().optional(),
  cartTotal: z.object({ amount: z.number().int(), currency: z.string() }).optional(),
  page: z.string().optional(),
  message: z.string().optional(),
  /** The last touch points before asking, newest last. */
  recent: z.array(TimelineEventSchema.pick({ at: true, channel: true, type: true, data: true })).max(20),
});
export type HelpContext = z.infer<typeof HelpContextSchema>;

export const HELP_STATUSES = ['waiting', 'assigned', 'done', 'cancelled'] as const;
export type HelpStatus = (typeof HELP_STATUSES)[number];

export interface HelpRequestView {
  id: string;
  status: HelpStatus;
  customer: { id: string; name: string };
  context: HelpContext;
  channel: string;
  storeId?: string;
  queuedAt: string;
  /** 1 is next; absent once no longer waiting. */
  position?: number;
  /** Back at the head after an advisor left. */
  returned: boolean;
  advisor?: { id: string; name: string };
  sessionId?: string;
}

interface Queued {
  id: string;
  priority: number;
  queuedAt: string;
}

/**
 * The serving order: returned requests first (an advisor left them), then first come first served.
 *
 * @example queueOrder([{id: 'a', priority: 0, queuedAt: '1'}, {id: 'b', priority: 1, queuedAt: '2'}]).map(r => r.id) // ['b', 'a']
 */
export function queueOrder<T extends Queued>(waiting: readonly T[]): T[] {
  return [...waiting].sort((a, b) => b.priority - a.priority || a.queuedAt.localeCompare(b.queuedAt) || a.id.localeCompare(b.id));
}
