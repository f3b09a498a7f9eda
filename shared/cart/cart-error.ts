/**
 * Why a command was refused. Every reason maps to a 4xx answer at the HTTP boundary;
 * the cart is left exactly as it was.
 */
export type CartCommandError =
  | { reason: 'unknown_product'; commandIndex: number; productId: string }
  | { reason: 'unknown_variant'; commandIndex: number; productId: string; variantId: string }
  | { reason: 'unknown_line'; commandIndex: number; lineId: string }
  | { reason: 'unknown_location'; commandIndex: number; locationId: string }
  | { reason: 'not_a_store'; commandIndex: number; locationId: string }
  | { reason: 'qty_too_large'; commandIndex: number; max: number }
  | { reason: 'cart_full'; commandIndex: number; max: number }
  | { reason: 'cart_closed' };

export function describeCartError(e: CartCommandError): string {
  switch (e.reason) {
    case 'unknown_product': return `command ${e.commandIndex}: no product "${e.productId}"`;
    case 'unknown_variant': return `command ${e.commandIndex}: product "${e.productId}" has no variant "${e.variantId}"`;
    case 'unknown_line': return `command ${e.commandIndex}: no line "${e.lineId}" in this cart`;
    case 'unknown_location': return `command ${e.commandIndex}: no location "${e.locationId}"`;
    case 'not_a_store': return `command ${e.commandIndex}: "${e.locationId}" is not a store, pickup needs a store`;
    case 'qty_too_large': return `command ${e.commandIndex}: at most ${e.max} of one item per line`;
    case 'cart_full': return `command ${e.commandIndex}: a cart holds at most ${e.max} lines`;
    case 'cart_closed': return 'this cart is checked out or merged and can no longer change';
  }
}
