import { z } from 'zod';

/** `ship` lines are served from a warehouse (or a store when warehouses are out); `pickup` lines from the named store. */
export const FulfilmentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ship') }),
  z.object({ type: z.literal('pickup'), locationId: z.string().min(1).max(64) }),
]);
export type Fulfilment = z.infer<typeof FulfilmentSchema>;

/** Stable key so that two lines with the same product and fulfilment merge into one. */
export function fulfilmentKey(f: Fulfilment): string {
  return f.type === 'ship' ? 'ship' : `pickup:${f.locationId}`;
}

export function sameFulfilment(a: Fulfilment, b: Fulfilment): boolean {
  return fulfilmentKey(a) === fulfilmentKey(b);
}
