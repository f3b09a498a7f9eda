import { describe, expect, it } from 'vitest';
import { avatarPeople, isOwnSeat, ownUserIdOf } from './avatar-people';
import type { ParticipantView } from './room-view';

const seat = (id: string, userId: string, extra: Partial<ParticipantView> = {}): ParticipantView => ({
  id, userId, name: userId, role: 'customer', color: '#888', host: false, admitted: true, connected: true,
  muted: true, mutedByHost: false, speaking: false, handRaised: false, ...extra,
});

describe('avatarPeople (who is drawn in the store)', () => {
  it('never draws the visitor, nor a seat of their own account left over from before a reload', () => {
    const people = [seat('old', 'camille', { connected: false }), seat('ines-1', 'ines'), seat('me', 'camille'), seat('hugo-1', 'hugo')];
    expect(avatarPeople(people, 'me', 'camille', 64).map((p) => p.id)).toEqual(['ines-1', 'hugo-1']);
  });

  it('knows the account from the room even before the session store does, and from the session before the seat arrives', () => {
    const people = [seat('old', 'camille'), seat('me', 'camille'), seat('a', 'ines')];
    expect(avatarPeople(people, 'me', null, 64).map((p) => p.id)).toEqual(['a']);
    const beforeMySeat = [seat('old', 'camille'), seat('a', 'ines')];
    expect(avatarPeople(beforeMySeat, 'me', 'camille', 64).map((p) => p.id)).toEqual(['a']);
    expect(ownUserIdOf(beforeMySeat, 'me', undefined)).toBeNull();
  });

  it('leaves out people still in the waiting room and caps the number drawn', () => {
    const people = [seat('w', 'w', { admitted: false }), ...Array.from({ length: 5 }, (_, i) => seat(`p${i}`, `u${i}`))];
    expect(avatarPeople(people, null, null, 3).map((p) => p.id)).toEqual(['p0', 'p1', 'p2']);
    expect(isOwnSeat(seat('x', 'u1'), null, null)).toBe(false);
  });
});
