import { useStore } from 'zustand';
import { cartStore, type CartState } from './cart-store';

/**
 * Reads the live cart store from React with a selector (re-renders only when the selection changes).
 * @example const count = useCart((s) => s.cart?.lines.reduce((n, l) => n + l.qty, 0) ?? 0)
 */
export function useCart<T>(selector: (s: CartState) => T): T {
  return useStore(cartStore, selector);
}
