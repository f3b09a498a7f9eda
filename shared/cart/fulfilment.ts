import { z } from 'zod';

/**
 * `ship` lines are served from a warehouse (or a store when warehouses are out); `pickup` lines from
 * the named store. A pickup line with `takeNow` is handed over at that store's till as soon as it is
 * paid (the customer is standing there); only that store's clerk may set it.
 */
export const FulfilmentSchema = z.discriminatedUnion('type', [
  /**
   * Home delivery. `method` absent means `standard` (a carrier from the warehouse); `express` is the
   * courier within two hours from the store of the delivery address's city (docs/delivery.md).
   */
  z.object({ type: z.literal('ship'), method: z.enum(['standard', 'express']).optional() }),
  z.object({ type: z.literal('pickup'), locationId: z.string().min(1).max(64), takeNow: z.literal(true).optional() }),
]);
export type Fulfilment = z.infer<typeof FulfilmentSchema>;

export { fulfilmentKey, sameFulfilment, isTakeNow, isExpress } from './fulfilment-key';
