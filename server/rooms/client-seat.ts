import type { Principal } from '../auth/tokens';
import { ROOM_LIMITS, type SeatRole } from '../../shared/room/protocol';
import { newBucket, strike, takeToken, type RateBucket, type RateBudget, type StrikeCounter } from '../../shared/room/rate-bucket';

export const BUDGETS = {
  pose: ROOM_LIMITS.pose,
  laser: ROOM_LIMITS.laser,
  chat: ROOM_LIMITS.chat,
  rtc: ROOM_LIMITS.rtc,
  voice: ROOM_LIMITS.voice,
  action: ROOM_LIMITS.action,
} as const satisfies Record<string, RateBudget>;
export type BudgetKey = keyof typeof BUDGETS;

/** What the room keeps per connection (Colyseus `client.userData`); it follows a reconnection. */
export interface ClientSeat {
  principal: Principal;
  seat: SeatRole;
  buckets: Record<BudgetKey, RateBucket>;
  strikes: StrikeCounter;
  /** Set when the room removes this client, so the drop does not hold a seat for reconnection. */
  kicked: boolean;
  dropped: number;
  /** Stops watching the seat's token for a sign-out (see auth/session-watch.ts). */
  unwatch?: () => void;
  /** Where this visitor walks the store from (join option `channel`); recorded on their arrival. */
  channel?: 'web' | 'app' | 'vr';
}

/** Staff of every kind appear as advisors in rooms; the contract knows two seats. */
export function seatOf(p: Principal): SeatRole {
  return p.role === 'customer' ? 'customer' : 'advisor';
}

export function newSeat(principal: Principal, now: number): ClientSeat {
  const buckets = {} as Record<BudgetKey, RateBucket>;
  for (const k of Object.keys(BUDGETS) as BudgetKey[]) buckets[k] = newBucket(BUDGETS[k], now);
  return { principal, seat: seatOf(principal), buckets, strikes: { times: [] }, kicked: false, dropped: 0 };
}

/** Spends one message of a kind's budget; false means drop it. */
export function withinBudget(seat: ClientSeat, key: BudgetKey, now: number): boolean {
  return takeToken(seat.buckets[key], BUDGETS[key], now);
}

/** Counts a dropped message; true when the client has dropped so many it must go. */
export function addStrike(seat: ClientSeat, now: number): boolean {
  seat.dropped++;
  return strike(seat.strikes, now, ROOM_LIMITS.strikeWindowMs, ROOM_LIMITS.maxStrikes);
}
