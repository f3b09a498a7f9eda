import { z } from 'zod';

/** Stock of one product at one location. `reserved` is promised to placed orders and is never sold twice. */
export const StockLevelSchema = z.object({
  productId: z.string(),
  locationId: z.string(),
  onHand: z.number().int().nonnegative(),
  reserved: z.number().int().nonnegative(),
});
export type StockLevel = z.infer<typeof StockLevelSchema>;

/** @example available({ onHand: 5, reserved: 2 }) // 3 */
export function available(s: Pick<StockLevel, 'onHand' | 'reserved'>): number {
  return Math.max(0, s.onHand - s.reserved);
}

export const AvailabilitySchema = z.object({
  productId: z.string(),
  items: z.array(z.object({ locationId: z.string(), available: z.number().int().nonnegative() })),
});
export type Availability = z.infer<typeof AvailabilitySchema>;
