import type { CartCommand } from '../cart/cart-command';
import type { Role } from '../auth/role';

export interface TakeNowRefusal {
  commandIndex: number;
  message: string;
}

/**
 * "Take now" means the goods are on the counter in front of the clerk, so only a clerk of that
 * very store may put a line in that state; everyone else may still change or remove such a line.
 *
 * @example takeNowRefusal(commands, { role: 'customer' }) // { commandIndex: 0, message: '...' } when a command sets takeNow
 */
export function takeNowRefusal(commands: readonly CartCommand[], actor: { role: Role; storeId?: string }): TakeNowRefusal | undefined {
  for (const [i, c] of commands.entries()) {
    if (c.type !== 'addLine' && c.type !== 'setFulfilment') continue;
    const f = c.fulfilment;
    if (f.type !== 'pickup' || !f.takeNow) continue;
    if (actor.role !== 'clerk') return { commandIndex: i, message: 'only a store clerk at the till can hand goods over now' };
    if (actor.storeId !== f.locationId) return { commandIndex: i, message: `a clerk of ${actor.storeId ?? 'no store'} cannot hand over goods at ${f.locationId}` };
  }
  return undefined;
}
