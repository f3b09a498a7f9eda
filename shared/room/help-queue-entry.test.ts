import { describe, expect, it } from 'vitest';
import { queueEntryFor } from './help-queue-entry';
import type { HelpRequestView } from './help';

const entry: HelpRequestView = {
  id: 'r1',
  status: 'waiting',
  customer: { id: 'c1', name: 'Camille' },
  channel: 'web',
  queuedAt: '2026-01-01T00:00:00.000Z',
  returned: false,
  context: {
    productId: 'sofa',
    cartId: 'cart-1',
    cartLines: 2,
    recent: [{ at: '2026-01-01T00:00:00.000Z', channel: 'web', type: 'order.placed', data: { orderId: 'o-1', pickupCode: '123456' } }],
  },
};

describe('a help queue entry as staff see it', () => {
  it('shows a waiting request without its cart id or the data of its events', () => {
    const seen = queueEntryFor(entry, { userId: 'ines', role: 'advisor' });
    expect(seen.context).toEqual({ productId: 'sofa', cartLines: 2, recent: [{ at: entry.context.recent[0]!.at, channel: 'web', type: 'order.placed', data: {} }] });
    expect(JSON.stringify(seen)).not.toContain('o-1');
  });

  it('shows everything to the advisor it is assigned to, and to admins, but not to another advisor', () => {
    const assigned: HelpRequestView = { ...entry, status: 'assigned', advisor: { id: 'ines', name: 'Inès' } };
    expect(queueEntryFor(assigned, { userId: 'ines', role: 'advisor' })).toEqual(assigned);
    expect(queueEntryFor(entry, { userId: 'root', role: 'admin' })).toEqual(entry);
    expect(JSON.stringify(queueEntryFor(assigned, { userId: 'theo', role: 'advisor' }))).not.toContain('o-1');
  });
});
