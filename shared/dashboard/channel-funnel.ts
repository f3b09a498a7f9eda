import { CHANNELS, type Channel } from '../channel';
import { addedProducts, isSale, ratio, type EventRow, type OrderRow } from './dashboard-rows';

export interface ChannelStats {
  channel: Channel;
  /** Carts changed on this channel. */
  carts: number;
  /** Of those, carts that became an order (on any channel): the journey often ends elsewhere. */
  convertedCarts: number;
  /** convertedCarts / carts. */
  conversion: number;
  /** Orders placed through this channel (the last step). */
  orders: number;
  revenue: number;
  /** Items added to carts through this channel. */
  adds: number;
}

/**
 * Carts, orders and conversion per channel. A cart touched on several channels counts on each,
 * so a sofa put in the cart in the headset and paid at the till converts for `vr` and `store` alike.
 *
 * @example channelFunnel(events, orders).find((c) => c.channel === 'ar')?.conversion
 */
export function channelFunnel(events: readonly EventRow[], orders: readonly OrderRow[]): ChannelStats[] {
  const ordered = new Set(orders.filter(isSale).map((o) => o.cartId));
  // A guest cart merged into the account's cart at sign-in lives on in it: it converts when that cart does.
  const mergedInto = new Map<string, string>();
  for (const e of events) {
    if (e.type === 'cart.merged' && typeof e.data.from === 'string' && typeof e.data.into === 'string') mergedInto.set(e.data.from, e.data.into);
  }
  const finalCart = (id: string) => {
    let cur = id;
    for (let hops = 0; hops < 10 && mergedInto.has(cur); hops++) cur = mergedInto.get(cur)!;
    return cur;
  };
  const carts = new Map<Channel, Set<string>>();
  const adds = new Map<Channel, number>();
  for (const e of events) {
    if (e.type !== 'cart.changed' || typeof e.data.cartId !== 'string') continue;
    const set = carts.get(e.channel) ?? new Set<string>();
    set.add(e.data.cartId);
    carts.set(e.channel, set);
    adds.set(e.channel, (adds.get(e.channel) ?? 0) + addedProducts(e).length);
  }
  return CHANNELS.map((channel) => {
    const mine = carts.get(channel) ?? new Set<string>();
    const converted = [...mine].filter((id) => ordered.has(finalCart(id))).length;
    const sales = orders.filter((o) => o.channel === channel && isSale(o));
    return {
      channel,
      carts: mine.size,
      convertedCarts: converted,
      conversion: ratio(converted, mine.size),
      orders: sales.length,
      revenue: sales.reduce((s, o) => s + o.total, 0),
      adds: adds.get(channel) ?? 0,
    };
  });
}
