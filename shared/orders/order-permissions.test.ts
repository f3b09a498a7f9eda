import { describe, expect, it } from 'vitest';
import { mayChangeStatus, orderVisibility, type OrderRelation } from './order-permissions';
import { ORDER_STATUSES, type OrderStatus } from './order';
import { ROLES, type Role } from '../auth/role';

const stranger: OrderRelation = { owner: false, pickupStore: false };
const owner: OrderRelation = { owner: true, pickupStore: false };
const desk: OrderRelation = { owner: false, pickupStore: true };
const session: OrderRelation = { owner: false, pickupStore: false, serving: 'session' };
const handoff: OrderRelation = { owner: false, pickupStore: false, serving: 'handoff' };

const paid = (status: OrderStatus) => ({ status, payment: { status: 'paid' as const } });
const due = (status: OrderStatus) => ({ status, payment: { status: 'due_at_pickup' as const } });

/** Every (from, to) a role may make with this relation on a paid order. */
function moves(role: Role, rel: OrderRelation): string[] {
  return ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.filter((to) => mayChangeStatus(role, rel, paid(from), to).ok).map((to) => `${from}->${to}`));
}

describe('who may change an order\'s status', () => {
  it('gives each role only the moves that are its job', () => {
    expect(moves('customer', owner)).toEqual(['placed->cancelled']);
    expect(moves('clerk', desk)).toEqual(['placed->ready_for_pickup', 'ready_for_pickup->picked_up']);
    expect(moves('manager', desk)).toEqual(['placed->ready_for_pickup', 'ready_for_pickup->picked_up']);
    expect(moves('advisor', session)).toEqual(['placed->cancelled']);
    expect(moves('admin', stranger)).toEqual(['placed->ready_for_pickup', 'placed->shipped', 'placed->cancelled', 'ready_for_pickup->picked_up', 'ready_for_pickup->cancelled']);
  });

  it('gives nothing to staff the customer did not bring to the order, nor to another customer', () => {
    for (const role of ['customer', 'advisor', 'clerk', 'manager'] as const) expect(moves(role, stranger)).toEqual([]);
    // A handoff lets a clerk work on the cart, not cancel orders; an advisor reached by a code cannot either.
    expect(moves('advisor', handoff)).toEqual([]);
    expect(moves('clerk', handoff)).toEqual([]);
    // A paid order is not the advisor's to cancel once it is being prepared.
    expect(mayChangeStatus('advisor', session, paid('ready_for_pickup'), 'cancelled').ok).toBe(false);
  });

  it('never hands over an unpaid order, whoever asks', () => {
    for (const role of ROLES) {
      const r = mayChangeStatus(role, { owner: true, pickupStore: true, serving: 'session' }, due('ready_for_pickup'), 'picked_up');
      expect(r).toMatchObject({ ok: false, error: 'payment_due' });
    }
    expect(mayChangeStatus('clerk', desk, due('placed'), 'ready_for_pickup').ok).toBe(true);
  });
});

describe('who may see an order', () => {
  it('shows the pickup code only to the customer, the pickup desk and admins', () => {
    expect(orderVisibility('customer', owner)).toBe('full');
    expect(orderVisibility('customer', stranger)).toBe('none');
    expect(orderVisibility('clerk', desk)).toBe('full');
    expect(orderVisibility('manager', desk)).toBe('full');
    expect(orderVisibility('clerk', handoff)).toBe('without_pickup_code');
    expect(orderVisibility('advisor', session)).toBe('without_pickup_code');
    expect(orderVisibility('admin', stranger)).toBe('full');
    for (const role of ['advisor', 'clerk', 'manager'] as const) expect(orderVisibility(role, stranger)).toBe('none');
  });
});
