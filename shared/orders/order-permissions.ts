import type { Role } from '../auth/role';
import type { Order, OrderStatus } from './order';

/**
 * How the caller stands towards one order. Staff never reach an order by its id alone: either the
 * customer brought them to it (a help session assigned to them, a handoff code they redeemed) or
 * the order is handed over at the store they work at.
 */
export interface OrderRelation {
  /** The caller is the order's customer. */
  owner: boolean;
  /** The caller (clerk or manager) works at the store where this order is picked up. */
  pickupStore: boolean;
  /** The caller serves the customer right now, and through what. */
  serving?: 'session' | 'handoff';
}

export type OrderVisibility = 'none' | 'full' | 'without_pickup_code';

/**
 * What of an order the caller may see. The pickup code proves who collects the goods: only the
 * customer, the desk that checks it, and admins see it.
 *
 * @example orderVisibility('advisor', { owner: false, pickupStore: false, serving: 'session' }) // 'without_pickup_code'
 */
export function orderVisibility(role: Role, rel: OrderRelation): OrderVisibility {
  switch (role) {
    case 'admin':
      return 'full';
    case 'customer':
      return rel.owner ? 'full' : 'none';
    case 'clerk':
    case 'manager':
      if (rel.pickupStore) return 'full';
      return rel.serving ? 'without_pickup_code' : 'none';
    case 'advisor':
      return rel.serving ? 'without_pickup_code' : 'none';
  }
}

export type StatusPermission = { ok: true } | { ok: false; error: 'forbidden' | 'payment_due'; message: string };

type OrderFacts = Pick<Order, 'status'> & { payment: Pick<Order['payment'], 'status'> };

/**
 * Which status changes are whose job, apart from whether the change is legal at all
 * (`canTransition`): the pickup store's clerks and managers prepare and hand over its pickups, an
 * advisor may cancel a placed order only for the customer in the help session assigned to them,
 * a customer may cancel their own placed order, admins may do every legal change. Goods never
 * leave unpaid: an order still to be paid is handed over through the till's payment, not here.
 *
 * @example mayChangeStatus('clerk', { owner: false, pickupStore: true }, order, 'ready_for_pickup') // { ok: true }
 */
export function mayChangeStatus(role: Role, rel: OrderRelation, order: OrderFacts, to: OrderStatus): StatusPermission {
  if (to === 'picked_up' && !isSettled(order.payment.status)) {
    return { ok: false, error: 'payment_due', message: 'this order is not paid yet: take the payment at the till\'s pickup desk, which hands it over' };
  }
  const job = JOBS[role](rel).some(([from, next]) => from === order.status && next === to);
  return job ? { ok: true } : { ok: false, error: 'forbidden', message: `a ${role} cannot move this order from ${order.status} to ${to}` };
}

/** Whether the money is secured: taken at a till, or held (or taken) by the card provider. */
export function isSettled(status: Order['payment']['status']): boolean {
  return status === 'paid' || status === 'authorised' || status === 'captured';
}

type Move = readonly [from: OrderStatus, to: OrderStatus];

const ALL_MOVES: readonly Move[] = [
  ['placed', 'ready_for_pickup'],
  ['placed', 'shipped'],
  ['placed', 'cancelled'],
  ['ready_for_pickup', 'picked_up'],
  ['ready_for_pickup', 'cancelled'],
];

/** The table itself: each role's moves, given how it stands towards the order. */
const JOBS: Record<Role, (rel: OrderRelation) => readonly Move[]> = {
  customer: (rel) => (rel.owner ? [['placed', 'cancelled']] : []),
  advisor: (rel) => (rel.serving === 'session' ? [['placed', 'cancelled']] : []),
  clerk: (rel) => (rel.pickupStore ? [['placed', 'ready_for_pickup'], ['ready_for_pickup', 'picked_up']] : []),
  manager: (rel) => (rel.pickupStore ? [['placed', 'ready_for_pickup'], ['ready_for_pickup', 'picked_up']] : []),
  admin: () => ALL_MOVES,
};

/** The moves a role may make on an order (legal or not yet): for screens that offer only what will be accepted. */
export function statusMovesFor(role: Role, rel: OrderRelation): readonly Move[] {
  return JOBS[role](rel);
}
