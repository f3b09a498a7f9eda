import type { RoomKind } from '../../../shared/room/protocol';

/** Below this width (CSS pixels) the session panel starts folded: phones and small windows keep the view. */
export const SMALL_VIEWPORT_PX = 900;

/**
 * Whether the session panel starts unfolded: never on a small screen (the folded toggle still shows
 * people and unread chat), and on a larger one for a session but not for the walk-in showroom,
 * where strangers' chat is secondary.
 *
 * @example useState(() => panelStartsOpen(view?.kind, window.innerWidth))
 */
export function panelStartsOpen(kind: RoomKind | undefined, viewportWidth: number): boolean {
  if (viewportWidth < SMALL_VIEWPORT_PX) return false;
  return kind !== 'public';
}

/**
 * Chat lines that arrived after the last one seen, not counting the visitor's own.
 *
 * @example unreadChatCount(view.chat, seenId, me) // 2
 */
export function unreadChatCount(chat: readonly { id: number; from: string }[], seenId: number, me: string | null): number {
  let n = 0;
  for (const c of chat) if (c.id > seenId && c.from !== me) n++;
  return n;
}
