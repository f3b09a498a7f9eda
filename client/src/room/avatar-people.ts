import type { ParticipantView } from './room-view';

/**
 * Whether a seat is this visitor's own: their seat in the room, or any other seat of their account
 * (after a reload, the seat from before waits for a reconnection and stands exactly where they are).
 *
 * @example isOwnSeat(p, room.sessionId, ownUserIdOf(participants, me, sessionUserId))
 */
export function isOwnSeat(p: { id: string; userId: string }, me: string | null, ownUserId: string | null): boolean {
  return p.id === me || (!!ownUserId && p.userId === ownUserId);
}

/** The visitor's account id as the room knows it (their seat's), else the signed-in session's. */
export function ownUserIdOf(participants: readonly { id: string; userId: string }[], me: string | null, sessionUserId: string | null | undefined): string | null {
  return participants.find((p) => p.id === me)?.userId || sessionUserId || null;
}

/**
 * The people drawn as avatars: everyone admitted to the room but the visitor, in the room's order,
 * at most `max`. Never a seat of the visitor's own account.
 *
 * @example avatarPeople(view.participants, me, sessionStore.getState().user?.id, 64)
 */
export function avatarPeople(participants: readonly ParticipantView[], me: string | null, sessionUserId: string | null | undefined, max: number): ParticipantView[] {
  const own = ownUserIdOf(participants, me, sessionUserId);
  return participants.filter((p) => p.admitted && !isOwnSeat(p, me, own)).slice(0, max);
}
