import type { LiveSession } from './live-sessions';

/** A session as its participants see it; the invite code only for whoever may share it. */
export interface SessionView {
  id: string;
  kind: LiveSession['kind'];
  status: LiveSession['status'];
  title: string;
  host?: { id: string; name: string };
  customerId?: string;
  storeId?: string;
  admission: LiveSession['admission'];
  capacity: number;
  startsAt?: string;
  createdAt: string;
  endedAt?: string;
  /** Where to go to join: `/store?session=<id>` (plus `&invite=` for events and friends). */
  joinPath: string;
}

const iso = (v: string | null) => (v ? new Date(v).toISOString() : undefined);

export function sessionView(s: LiveSession, opts: { withInvite: boolean }): SessionView {
  const invite = opts.withInvite && s.inviteCode ? `&invite=${encodeURIComponent(s.inviteCode)}` : '';
  return {
    id: s.id,
    kind: s.kind,
    status: s.status,
    title: s.title,
    ...(s.hostId ? { host: { id: s.hostId, name: s.hostName ?? 'Advisor' } } : {}),
    ...(s.customerId ? { customerId: s.customerId } : {}),
    ...(s.storeId ? { storeId: s.storeId } : {}),
    admission: s.admission,
    capacity: s.capacity,
    ...(s.startsAt ? { startsAt: iso(s.startsAt) } : {}),
    createdAt: iso(s.createdAt)!,
    ...(s.endedAt ? { endedAt: iso(s.endedAt) } : {}),
    joinPath: `/store?session=${s.id}${invite}`,
  };
}
