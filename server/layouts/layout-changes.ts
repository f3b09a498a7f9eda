import type { Services } from '../app/services';

/** Layout changes ride the cart bus (in process, LISTEN/NOTIFY or Redis) under ids no cart can have. */
export const layoutTopic = (storeId: string) => `feed:layout:${storeId}`;

/**
 * Tells every process that a store has a newly published layout: open store views (their layout
 * stream) and the store's showroom rooms re-read it. Call after commit; the streams' slow poll
 * catches up a lost message.
 *
 * @example announceLayoutChange(services, 'store-lyon', 4)
 */
export function announceLayoutChange(s: Pick<Services, 'bus' | 'log'>, storeId: string, version: number): void {
  s.bus.publish({ cartId: layoutTopic(storeId), version }).catch((err) => s.log.warn({ err, storeId }, 'layout change not announced'));
}
