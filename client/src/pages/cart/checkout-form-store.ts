import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { DeliveryQuote, ShippingAddress } from '../../../../shared/delivery/delivery-schemas';
import { checkFrenchAddress } from '../../../../shared/delivery/french-address';
import type { CheckoutDetails } from '../../api/cart-api';
import { orderApi } from '../../api/order-api';

export type ContactField = 'email' | 'phone';
export type AddressField = 'name' | 'line1' | 'line2' | 'postcode' | 'city' | 'country';
export type FormField = ContactField | AddressField;

/** A field's problem, as a key of the checkout dictionary (`checkout.err.<reason>`). */
export type FieldError = 'required' | 'email' | 'phone' | 'postcode_format' | 'postcode_unknown' | 'city_missing' | 'city_mismatch' | 'not_france';

interface CheckoutFormState {
  contact: { email: string; phone: string };
  address: Record<AddressField, string>;
  /** Fields the customer has left (or tried to pay with): their errors show from then on. */
  touched: Partial<Record<FormField, true>>;
  /** Field errors the server gave (a 422 naming the field). */
  serverErrors: Partial<Record<FormField, FieldError>>;
  quote: DeliveryQuote | null;
  set(field: FormField, value: string): void;
  touch(...fields: FormField[]): void;
  /** `changed`: what made the quote stale (the cart's version, the typed address), for the caller's effect. */
  refreshQuote(cartId: string, changed?: readonly unknown[]): Promise<void>;
  setServerError(field: FormField, reason: FieldError): void;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const PHONE = /^\+?[\d\s.()-]{6,}$/;

/**
 * What is wrong with each field, checked as the customer types with the same rules the server
 * applies (shared/delivery/french-address.ts); `ships`: the cart has lines to deliver.
 *
 * @example fieldErrors(state, true).postcode // 'postcode_format'
 */
export function fieldErrors(s: Pick<CheckoutFormState, 'contact' | 'address'>, ships: boolean): Partial<Record<FormField, FieldError>> {
  const e: Partial<Record<FormField, FieldError>> = {};
  if (!s.contact.email.trim()) e.email = 'required';
  else if (!EMAIL.test(s.contact.email.trim())) e.email = 'email';
  if (s.contact.phone.trim() && !PHONE.test(s.contact.phone.trim())) e.phone = 'phone';
  if (!ships) return e;
  const a = s.address;
  for (const f of ['name', 'line1', 'postcode', 'city'] as const) if (!a[f].trim()) e[f] = 'required';
  if (a.postcode.trim() && a.city.trim()) {
    const check = checkFrenchAddress({ postcode: a.postcode, city: a.city, country: a.country });
    if (!check.ok) e[check.field] = check.reason as FieldError;
  } else if (a.postcode.trim() && !/^\d{5}$/.test(a.postcode.replace(/\s/g, ''))) e.postcode = 'postcode_format';
  return e;
}

/** The request's contact and address, trimmed; the address only when lines ship. */
export function checkoutDetails(s: Pick<CheckoutFormState, 'contact' | 'address'>, ships: boolean): CheckoutDetails {
  const phone = s.contact.phone.trim();
  const a = s.address;
  const address: ShippingAddress = {
    name: a.name.trim(), line1: a.line1.trim(), ...(a.line2.trim() ? { line2: a.line2.trim() } : {}),
    postcode: a.postcode.replace(/\s/g, ''), city: a.city.trim(), country: a.country,
  };
  return { contact: { email: s.contact.email.trim(), ...(phone ? { phone } : {}) }, ...(ships ? { shippingAddress: address } : {}) };
}

let pending: AbortController | null = null;

/** The checkout form (contact, address) and the server's delivery quote for it. */
export const checkoutFormStore = createStore<CheckoutFormState>((set, get) => ({
  contact: { email: '', phone: '' },
  address: { name: '', line1: '', line2: '', postcode: '', city: '', country: 'FR' },
  touched: {},
  serverErrors: {},
  quote: null,
  set(field, value) {
    const { [field]: _, ...serverErrors } = get().serverErrors;
    if (field === 'email' || field === 'phone') set({ contact: { ...get().contact, [field]: value }, serverErrors });
    else set({ address: { ...get().address, [field]: value }, serverErrors });
  },
  touch(...fields) {
    set({ touched: { ...get().touched, ...Object.fromEntries(fields.map((f) => [f, true])) } });
  },
  setServerError(field, reason) {
    set({ serverErrors: { ...get().serverErrors, [field]: reason }, touched: { ...get().touched, [field]: true } });
  },
  async refreshQuote(cartId, _changed) {
    pending?.abort();
    const ctl = new AbortController();
    pending = ctl;
    const a = get().address;
    // Only what is typed: the quote needs postcode, city and country to place the courier and the zone.
    const partial: Partial<ShippingAddress> = Object.fromEntries(
      (['postcode', 'city', 'country'] as const).flatMap((k) => (a[k].trim() ? [[k, k === 'postcode' ? a[k].replace(/\s/g, '') : a[k].trim()]] : [])),
    );
    try {
      const quote = await orderApi.deliveryQuote(cartId, partial, ctl.signal);
      if (pending === ctl) set({ quote });
    } catch {
      // A quote that fails (offline, a half-typed field) leaves the last one; paying re-checks on the server.
    }
  },
}));

export function useCheckoutForm<T>(selector: (s: CheckoutFormState) => T): T {
  return useStore(checkoutFormStore, selector);
}
