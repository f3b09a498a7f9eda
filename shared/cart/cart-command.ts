import { z } from 'zod';
import { FulfilmentSchema } from './fulfilment';
import { MAX_LINE_QTY } from './cart';

const Id = z.string().min(1).max(64);
/** Any integer the schema lets through is later checked against stock; floats and negatives never get that far. */
const Qty = z.number().int().min(1).max(MAX_LINE_QTY);

export const AddLineCommandSchema = z.object({
  type: z.literal('addLine'),
  productId: Id,
  variantId: Id.optional(),
  qty: Qty,
  fulfilment: FulfilmentSchema,
});
export const SetQtyCommandSchema = z.object({
  type: z.literal('setQty'),
  lineId: Id,
  /** 0 removes the line. */
  qty: z.number().int().min(0).max(MAX_LINE_QTY),
});
export const RemoveLineCommandSchema = z.object({ type: z.literal('removeLine'), lineId: Id });
export const SetFulfilmentCommandSchema = z.object({
  type: z.literal('setFulfilment'),
  lineId: Id,
  fulfilment: FulfilmentSchema,
});
/**
 * The customer has seen the new prices of these lines (all lines when absent): their price-change
 * notices are cleared and checkout may charge them.
 */
export const AcceptPricesCommandSchema = z.object({
  type: z.literal('acceptPrices'),
  lineIds: z.array(Id).max(100).optional(),
});

/** One change a customer, an advisor or a clerk asks of a cart; the same object from every channel. */
export const CartCommandSchema = z.discriminatedUnion('type', [
  AddLineCommandSchema,
  SetQtyCommandSchema,
  RemoveLineCommandSchema,
  SetFulfilmentCommandSchema,
  AcceptPricesCommandSchema,
]);
export type CartCommand = z.infer<typeof CartCommandSchema>;

/** Enough for a whole room's worth of furniture in one atomic change. */
export const MAX_COMMANDS_PER_REQUEST = 20;

export const CartCommandsRequestSchema = z.object({
  expectedVersion: z.number().int().nonnegative().optional(),
  commands: z.array(CartCommandSchema).min(1).max(MAX_COMMANDS_PER_REQUEST),
});
export type CartCommandsRequest = z.infer<typeof CartCommandsRequestSchema>;
