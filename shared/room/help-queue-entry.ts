import type { Role } from '../auth/role';
import type { HelpRequestView } from './help';

/**
 * A queue entry as one member of staff may see it. Before an advisor takes a request they see what
 * they need to choose it (product, page, message, cart size, channel, the kinds of recent steps),
 * never the cart id nor what the customer's events carried (order ids, amounts...): those open to
 * the advisor the request is assigned to, and to admins.
 *
 * @example queueEntryFor(entry, { userId: 'ines', role: 'advisor' }).context.recent[0].data // {}
 */
export function queueEntryFor(entry: HelpRequestView, viewer: { userId: string; role: Role }): HelpRequestView {
  if (viewer.role === 'admin') return entry;
  if (entry.status === 'assigned' && entry.advisor?.id === viewer.userId) return entry;
  const { cartId: _, recent, ...context } = entry.context;
  return { ...entry, context: { ...context, recent: recent.map((e) => ({ at: e.at, channel: e.channel, type: e.type, data: {} })) } };
}
