import { channelFunnel, type ChannelStats } from './channel-funnel';
import { storeActivity, type StoreStats } from './store-activity';
import { arToCart, type ArStats } from './ar-to-cart';
import { assistedSales, type AdvisorStats } from './assisted-sales';
import { dailyOrders, type DailyOrders } from './daily-orders';
import { isSale, type EventRow, type OrderRow } from './dashboard-rows';

export interface Dashboard {
  from: string;
  to: string;
  currency: string;
  totals: { orders: number; revenue: number; carts: number; customers: number };
  channels: ChannelStats[];
  stores: StoreStats[];
  ar: ArStats;
  advisors: AdvisorStats[];
  daily: DailyOrders[];
  /** The latest sales of the period, newest first, as every screen names them (number, not id). */
  recent: { number: string; channel: OrderRow['channel']; status: OrderRow['status']; total: number; createdAt: string }[];
}

/** How many of the latest orders the dashboard lists. */
export const RECENT_ORDERS = 8;

/**
 * Every figure of the managers' dashboard from plain event and order rows of one period.
 *
 * @example buildDashboard({ events, orders, storeIds, from, to, days: 14 })
 */
export function buildDashboard(input: {
  events: readonly EventRow[];
  orders: readonly OrderRow[];
  storeIds: readonly string[];
  from: string;
  to: string;
  days: number;
  currency?: string;
}): Dashboard {
  const { events, orders } = input;
  const sales = orders.filter(isSale);
  const carts = new Set(events.flatMap((e) => (e.type === 'cart.changed' && typeof e.data.cartId === 'string' ? [e.data.cartId] : [])));
  return {
    from: input.from,
    to: input.to,
    currency: input.currency ?? 'EUR',
    totals: {
      orders: sales.length,
      revenue: sales.reduce((s, o) => s + o.total, 0),
      carts: carts.size,
      customers: new Set(sales.map((o) => o.customerId)).size,
    },
    channels: channelFunnel(events, orders),
    stores: storeActivity(orders, input.storeIds),
    ar: arToCart(events),
    advisors: assistedSales(events, orders),
    daily: dailyOrders(orders, input.to, input.days),
    recent: [...sales].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, RECENT_ORDERS)
      .map((o) => ({ number: o.number ?? '', channel: o.channel, status: o.status, total: o.total, createdAt: o.createdAt })),
  };
}
