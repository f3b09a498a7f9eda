import type { Services } from '../app/services';

/**
 * Tells open pages that the stock of these products changed, on the catalogue's event stream
 * (`GET /api/catalogue/events`): the virtual store redraws its shelves and the pages showing stock
 * read it again at once instead of at their next poll. Call it after the transaction commits; a
 * failure to tell is logged, never the caller's error (pages still poll).
 *
 * @example await announceStockChange(s, ['armchair-loire']);
 */
export async function announceStockChange(s: Services, productIds: readonly string[]): Promise<void> {
  if (!productIds.length) return;
  await s.catalogueEvents.announce(productIds).catch((err) => s.log.warn({ err }, 'stock change not announced'));
}
