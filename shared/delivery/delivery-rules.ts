// Zod-free. The written version of these rules is docs/delivery.md: change both together.

/** Every delivery method a group of lines can have. `take_now`: handed over at the till. */
export type DeliveryMethod = 'standard' | 'express' | 'pickup' | 'take_now';

/** Fees in euro cents, VAT included. */
export const DELIVERY_FEES = {
  /** Home delivery by carrier to metropolitan France. */
  standard: 990,
  /** Home delivery to an overseas department. */
  standardOverseas: 4900,
  /** Courier from a store of the customer's city, within two hours. */
  express: 1990,
  pickup: 0,
  take_now: 0,
} as const;

/** Standard delivery to metropolitan France is free when the goods delivered home reach this (cents). */
export const FREE_STANDARD_FROM = 50000;

/** Prices include French VAT at this rate (percent). */
export const VAT_RATE_PERCENT = 20;

/** Opening hours of every store (Paris time), Monday to Saturday. */
export const STORE_HOURS = { opens: 10, closes: 19, days: [1, 2, 3, 4, 5, 6] } as const;

/** A store prepares a pickup, or hands a parcel to its courier, this long after the order (minutes). */
export const STORE_PREPARATION_MINUTES = 60;

/** The courier's ride after the store prepared the parcel (minutes); with preparation, within two hours. */
export const COURIER_RIDE_MINUTES = 60;

/** Warehouse orders placed before this hour (Paris) on a working day leave the same day. */
export const WAREHOUSE_CUTOFF_HOUR = 14;

/** A store shipping by carrier (when the warehouse lacks the goods) hands the parcel over this many working days later. */
export const STORE_DISPATCH_EXTRA_DAYS = 1;

/** Working days (Monday to Friday) between the parcel leaving and its arrival, from..to. */
export const CARRIER_DAYS = { metropolitan: [2, 3], overseas: [6, 10] } as const;
