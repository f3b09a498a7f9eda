// Zod-free (see shared/money-math.ts); cart.ts re-exports them.
/** Per line, so a typo of 1000 instead of 10 is refused rather than reserved. */
export const MAX_LINE_QTY = 99;
/** A cart is a basket, not a warehouse order. */
export const MAX_CART_LINES = 50;
