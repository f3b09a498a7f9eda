import type { SessionLookup } from './session-standing';
import type { Principal } from './tokens';

export interface SessionWatch {
  /**
   * Calls `end` once the session `principal` came from no longer stands (signed out, everywhere
   * or on this device, or its account deactivated or erased). Returns the call that stops watching.
   */
  watch(principal: Principal, end: () => void): () => void;
  /** Checks every watched session now; resolves once the ended connections were told. */
  sweep(): Promise<void>;
  close(): void;
}

/** How often the sessions of open connections are checked again. */
export const SESSION_CHECK_MS = 15_000;

/**
 * An event stream or a room seat is authorised once, when it opens, and may then stay open for
 * hours: signing out (on this device or everywhere), a new password or a deactivated account
 * would leave it delivering a cart, a help chat or a voice call to whoever holds it. So the
 * session of every open connection is checked again on a timer (once per session, whichever
 * process signed it out) and its connections are ended when it no longer stands; a reconnection
 * then meets the refusal. Expiry is not checked: the client replaces an expired token when it
 * reconnects anyway.
 *
 * @example const sessions = watchSessions(lookupSession(database)); const unwatch = sessions.watch(principal, () => res.end());
 */
export function watchSessions(lookup: SessionLookup, everyMs = SESSION_CHECK_MS): SessionWatch {
  const open = new Map<string, { userId: string; issuedAtMs: number; ends: Set<() => void> }>();
  let sweeping: Promise<void> | undefined;
  const sweepOnce = async () => {
    for (const [jti, s] of [...open]) {
      const standing = await lookup({ userId: s.userId, jti, issuedAtMs: s.issuedAtMs }).catch(() => 'live' as const);
      if (standing === 'live') continue;
      open.delete(jti);
      for (const end of s.ends) end();
    }
  };
  const sweep = () => {
    sweeping ??= sweepOnce().finally(() => {
      sweeping = undefined;
    });
    return sweeping;
  };
  const timer = setInterval(() => void sweep(), everyMs);
  timer.unref();
  return {
    watch(principal, end) {
      const session = principal.session;
      if (!session) return () => {};
      const s = open.get(session.id) ?? { userId: principal.userId, issuedAtMs: session.issuedAtMs, ends: new Set() };
      s.ends.add(end);
      open.set(session.id, s);
      return () => {
        s.ends.delete(end);
        if (!s.ends.size && open.get(session.id) === s) open.delete(session.id);
      };
    },
    sweep,
    close: () => clearInterval(timer),
  };
}
