import type { RoomKind, SessionSummaryMessage } from '../../../shared/room/protocol';

/** One person as the 2D panels show them (poses live elsewhere, read by the frame loop). */
export interface ParticipantView {
  id: string;
  userId: string;
  name: string;
  role: 'customer' | 'advisor';
  color: string;
  host: boolean;
  admitted: boolean;
  connected: boolean;
  muted: boolean;
  mutedByHost: boolean;
  speaking: boolean;
  handRaised: boolean;
}

export interface ChatView {
  id: number;
  from: string;
  name: string;
  role: string;
  text: string;
  at: number;
}

/** The decoded room state, as far as React needs it; rebuilt only when something but poses changed. */
export interface RoomView {
  kind: RoomKind;
  title: string;
  storeId: string;
  sessionId: string;
  participants: ParticipantView[];
  chat: ChatView[];
  spotlight: { productId: string; by: string; byName: string; at: number } | null;
  floor: string;
  ended: boolean;
}

interface DecodedParticipant extends Omit<ParticipantView, 'id' | 'role'> {
  role: string;
}
interface DecodedState {
  kind: string;
  title: string;
  storeId: string;
  sessionId: string;
  participants: { forEach(cb: (p: DecodedParticipant, id: string) => void): void };
  chat: { forEach(cb: (c: ChatView) => void): void; length: number };
  spotlight: { productId: string; by: string; byName: string; at: number };
  floor: string;
  ended: boolean;
}

/**
 * Reads the decoded Colyseus state into plain data, with a signature that changes only when
 * something the panels show changed (not at every pose patch).
 */
export function readRoomView(s: DecodedState): { view: RoomView; signature: string } {
  const participants: ParticipantView[] = [];
  const sig: (string | number | boolean)[] = [s.kind, s.title, s.floor, s.ended, s.spotlight?.productId ?? '', s.spotlight?.at ?? 0, s.chat.length];
  s.participants.forEach((p, id) => {
    participants.push({
      id,
      userId: p.userId,
      name: p.name,
      role: p.role === 'advisor' ? 'advisor' : 'customer',
      color: p.color,
      host: p.host,
      admitted: p.admitted,
      connected: p.connected,
      muted: p.muted,
      mutedByHost: p.mutedByHost,
      speaking: p.speaking,
      handRaised: p.handRaised,
    });
    sig.push(id, p.name, p.host, p.admitted, p.connected, p.muted, p.mutedByHost, p.speaking, p.handRaised);
  });
  const chat: ChatView[] = [];
  s.chat.forEach((c) => {
    chat.push({ id: c.id, from: c.from, name: c.name, role: c.role, text: c.text, at: c.at });
  });
  const lastChat = chat.at(-1);
  if (lastChat) sig.push(lastChat.id);
  return {
    view: {
      kind: (s.kind || 'public') as RoomKind,
      title: s.title,
      storeId: s.storeId,
      sessionId: s.sessionId,
      participants,
      chat,
      spotlight: s.spotlight?.productId ? { ...s.spotlight } : null,
      floor: s.floor,
      ended: s.ended,
    },
    signature: sig.join('|'),
  };
}

export type { SessionSummaryMessage };
