import type { CartBus, CartChanged } from './cart-bus';
import { createLocalBus } from './local-bus';

/** One process: listeners are called synchronously after the publisher's commit. */
export function createLocalCartBus(): CartBus {
  return createLocalBus<CartChanged>();
}
