import { useStore } from 'zustand';
import { checkoutStore, type CheckoutState } from './checkout-store';

/** @example const status = useCheckout((s) => s.status) */
export function useCheckout<T>(selector: (s: CheckoutState) => T): T {
  return useStore(checkoutStore, selector);
}
