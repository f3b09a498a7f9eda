import type { SessionSummaryMessage } from './protocol';

export interface SessionEventFact {
  at: string;
  type: string;
  actorId: string;
  data: Record<string, unknown>;
}

/** A `cart.changed` timeline event of one of the session's customers. */
export interface CartChangeFact {
  customerId: string;
  at: string;
  data: Record<string, unknown>;
}

export type SessionSummary = SessionSummaryMessage & {
  /** Distinct products shown, in the order first shown. */
  productIds: string[];
};

interface ChangeData {
  by?: { userId?: string; role?: string };
  commands?: { type?: string; productId?: string; qty?: number }[];
}

/**
 * What a session showed and what its staff added to customers' carts, for both sides afterwards.
 * Additions are read from the carts' own history (whatever channel the advisor used), limited to
 * the people who ran the session.
 *
 * @example summarizeSession('s1', [{at: 't', type: 'spotlight', actorId: 'a', data: {productId: 'p'}}], [], new Set(['a'])).productIds // ['p']
 */
export function summarizeSession(
  sessionId: string,
  events: readonly SessionEventFact[],
  cartChanges: readonly CartChangeFact[],
  staffIds: ReadonlySet<string>,
): SessionSummary {
  const shown: SessionSummary['shown'] = [];
  const productIds: string[] = [];
  for (const e of events) {
    if (e.type !== 'spotlight' || typeof e.data.productId !== 'string') continue;
    shown.push({ productId: e.data.productId, at: e.at, by: e.actorId });
    if (!productIds.includes(e.data.productId)) productIds.push(e.data.productId);
  }
  const added: SessionSummary['added'] = [];
  for (const c of cartChanges) {
    const d = c.data as ChangeData;
    const by = d.by?.userId;
    if (!by || !staffIds.has(by)) continue;
    for (const cmd of d.commands ?? []) {
      if (cmd.type === 'addLine' && typeof cmd.productId === 'string') {
        added.push({ productId: cmd.productId, qty: typeof cmd.qty === 'number' ? cmd.qty : 1, customerId: c.customerId, at: c.at, by });
      }
    }
  }
  return { sessionId, shown, added, productIds };
}
