import type { NoticeCode, RoomKind, SeatRole } from './protocol';

/** What the room knows about one person when deciding what they may do. */
export interface SeatFacts {
  seat: SeatRole;
  host: boolean;
  admitted: boolean;
  mutedByHost: boolean;
  /** Holds the floor in an event (may speak). */
  hasFloor: boolean;
}

export const ROOM_ACTIONS = ['pose', 'chat', 'unmute', 'rtc', 'hand', 'spotlight', 'laser', 'follow', 'host', 'cart.add'] as const;
export type RoomAction = (typeof ROOM_ACTIONS)[number];

export type Permission = { ok: true } | { ok: false; code: NoticeCode; message: string };

const OK: Permission = { ok: true };
const deny = (code: NoticeCode, message: string): Permission => ({ ok: false, code, message });

/**
 * Whether someone may do something in a room of this kind. Roles come from the token (seat) and
 * the session record (host); nothing here trusts what the client says about itself.
 *
 * @example permits('spotlight', { seat: 'customer', host: false, admitted: true, mutedByHost: false, hasFloor: false }, 'help').ok // false
 */
export function permits(action: RoomAction, who: SeatFacts, kind: RoomKind): Permission {
  if (!who.admitted) return deny('waiting_for_host', 'the host has not let you in yet');
  switch (action) {
    case 'pose':
    case 'chat':
    case 'hand':
    case 'rtc':
      return OK;
    case 'unmute':
      if (who.mutedByHost) return deny('forbidden', 'the host has muted you');
      if (kind === 'event' && !(who.host || who.seat === 'advisor' || who.hasFloor)) {
        return deny('forbidden', 'wait until the host hands you the floor');
      }
      return OK;
    case 'spotlight':
    case 'laser':
    case 'follow':
      // Friends sessions have no advisor: whoever invited the others leads the visit.
      if (who.seat === 'advisor' || (kind === 'friends' && who.host)) return OK;
      return deny('forbidden', 'only an advisor can do this');
    case 'host':
      if (kind === 'public') return deny('forbidden', 'a public showroom has no host');
      return who.host ? OK : deny('forbidden', 'only the host can do this');
    case 'cart.add':
      if (who.seat !== 'advisor') return deny('forbidden', 'only an advisor can add to a customer\'s cart');
      if (kind !== 'help' && kind !== 'consultation') return deny('forbidden', 'carts are only open to the advisor assigned to a help session or a consultation');
      return OK;
  }
}

/** Who may be heard in a room: in an event only the host, advisors and the floor holder. */
export function maySpeak(who: SeatFacts, kind: RoomKind): boolean {
  return permits('unmute', who, kind).ok;
}

/**
 * Whether a WebRTC negotiation between two people is relayed. Voice is a mesh between speakers
 * and listeners: in an event, listeners only connect to people who may speak, never to each other.
 */
export function maySignal(from: SeatFacts, to: SeatFacts, kind: RoomKind): boolean {
  if (!from.admitted || !to.admitted) return false;
  if (kind !== 'event') return true;
  return maySpeak(from, kind) || maySpeak(to, kind);
}
