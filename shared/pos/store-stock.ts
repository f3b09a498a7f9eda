import { z } from 'zod';

/** One product's stock at one store, as the clerk's stock screen shows it. */
export interface StoreStockRow {
  productId: string;
  onHand: number;
  reserved: number;
  /** on hand − reserved: what any channel may still sell or reserve. */
  available: number;
}

export const ReceiveStockRequestSchema = z.object({
  items: z.array(z.object({ productId: z.string().min(1).max(64), qty: z.number().int().min(1).max(999) })).min(1).max(50),
});
export type ReceiveStockRequest = z.infer<typeof ReceiveStockRequestSchema>;

export const CountStockRequestSchema = z.object({
  productId: z.string().min(1).max(64),
  counted: z.number().int().min(0).max(9999),
});
export type CountStockRequest = z.infer<typeof CountStockRequestSchema>;
