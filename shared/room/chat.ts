import { dropLoneSurrogates } from '../text/lone-surrogate';
import { ROOM_LIMITS } from './room-constants';

/**
 * Cleans a chat line: control characters and lone surrogates out, whitespace collapsed, length capped. Returns
 * undefined when nothing is left to say.
 *
 * @example cleanChatText('  hello\u0000  there ') // 'hello there'
 */
export function cleanChatText(raw: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what chat text must not carry.
  const text = dropLoneSurrogates(raw).replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return [...text].slice(0, ROOM_LIMITS.chat.maxChars).join('');
}

/** The name shown on an avatar: the account's name, or a stable short guest label. */
export function displayName(name: string | undefined, userId: string): string {
  const clean = name ? cleanChatText(name) : undefined;
  if (clean) return [...clean].slice(0, ROOM_LIMITS.maxNameChars).join('');
  const tail = userId.replace(/[^a-zA-Z0-9]/g, '').slice(-4).toUpperCase();
  return `${GUEST_NAME_PREFIX}${tail || '?'}`;
}

/**
 * The room carries one name per person for every viewer; a guest's is this prefix and a short tag,
 * which each client says in its own language.
 */
export const GUEST_NAME_PREFIX = 'Guest ';

/**
 * The short tag of a guest's name, or undefined for a real name.
 *
 * @example guestTag('Guest 466D') // '466D'
 */
export function guestTag(name: string): string | undefined {
  const m = /^Guest ([A-Z0-9?]{1,4})$/.exec(name);
  return m?.[1];
}

const PALETTE = ['#e4572e', '#17bebb', '#ffc914', '#76b041', '#8e6c8a', '#2e86ab', '#f18f01', '#c73e1d', '#3b8ea5', '#ab3428'] as const;
/** Advisors all wear the brand colour so customers spot them. */
export const ADVISOR_COLOR = '#1f4fff';

/** A stable colour per user, so someone keeps theirs across sessions. */
export function avatarColor(userId: string, seat: 'customer' | 'advisor'): string {
  if (seat === 'advisor') return ADVISOR_COLOR;
  let h = 0;
  for (let i = 0; i < userId.length; i++) h = (h * 31 + userId.charCodeAt(i)) >>> 0;
  return PALETTE[h % PALETTE.length] ?? ADVISOR_COLOR;
}
