import type { Category, Variant } from '../catalogue/product';
import type { LocationKind } from '../catalogue/location';
import type { Money } from '../money';
import type { Promotion } from '../pricing/promotion';
import type { Channel } from '../channel';
import type { Line } from './cart';

/** What the cart reducer needs to know about the world; the server builds it from the database, tests from plain objects. */
export interface CartContext {
  /** Products on sale only: a draft or unknown product is undefined. */
  product(id: string): { price: Money; category: Category; variants: readonly Pick<Variant, 'id' | 'price'>[] } | undefined;
  location(id: string): { kind: LocationKind } | undefined;
  promotions: readonly Promotion[];
  newLineId(): string;
  now: string;
  channel: Channel;
  /**
   * False where `product` may not know every product (a device offline with part of the catalogue):
   * lines are then left as they are instead of being told of price changes (docs/price-changes.md).
   */
  reconcilePrices?: boolean;
  /** Set when staff change a customer's cart, so the customer sees who suggested what. */
  actor?: NonNullable<Line['addedBy']>;
}
