import type { Cart } from '../../../shared/cart/cart';
import type { CartCommand } from '../../../shared/cart/cart-command';
import { sameFulfilment } from '../../../shared/cart/fulfilment-key';

/**
 * After a version conflict, keeps the commands that still mean something against the cart the
 * server now holds: additions always do; a change to a line that is gone, or that already has the
 * wanted value, does not. An empty result means "nothing left to do".
 *
 * @example rebaseCartCommands([{ type: 'removeLine', lineId: 'l1' }], fresh) // [] when l1 is gone
 */
export function rebaseCartCommands(commands: readonly CartCommand[], fresh: Cart): CartCommand[] {
  const line = (id: string) => fresh.lines.find((l) => l.id === id);
  return commands.filter((c) => {
    switch (c.type) {
      case 'addLine':
        return true;
      case 'setQty': {
        const l = line(c.lineId);
        return c.qty === 0 ? !!l : !!l && l.qty !== c.qty;
      }
      case 'removeLine':
        return !!line(c.lineId);
      case 'setFulfilment': {
        const l = line(c.lineId);
        return !!l && !sameFulfilment(l.fulfilment, c.fulfilment);
      }
      case 'acceptPrices':
        // Still meaningful while a named line (or, unnamed, any line) carries a price notice.
        return c.lineIds ? c.lineIds.some((id) => !!line(id)?.priceChange) : fresh.lines.some((l) => !!l.priceChange);
    }
    // A kind of command this client does not know: keep it, the server decides.
    return true;
  });
}
