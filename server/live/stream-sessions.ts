import type { Response } from 'express';
import type { TokenService } from '../auth/tokens';

export interface StreamSessions {
  /** Watches the open response of an event stream authorised by `token`, until it closes. */
  watch(token: string, res: Response): void;
  /** Re-checks every watched token now; resolves once the signed-out streams are ended. */
  sweep(): Promise<void>;
  close(): void;
}

/** How often open streams have their session checked again. */
export const STREAM_SESSION_CHECK_MS = 15_000;

/**
 * An event stream is authorised once, when it opens, and may then stay open for hours: signing out
 * (on this device or everywhere), a new password or a deactivated account would leave it
 * delivering a cart or a help chat to whoever holds it. So the token of every open stream is
 * checked again on a timer (once per distinct token, whichever process signed it out) and its
 * streams are ended when it no longer stands; the browser's reconnection then meets the 401.
 * An expired token does not end its stream: the client replaces it on reconnection anyway.
 *
 * @example const sessions = watchStreamSessions(tokens); sessions.watch(token, res);
 */
export function watchStreamSessions(tokens: TokenService, everyMs = STREAM_SESSION_CHECK_MS): StreamSessions {
  const open = new Map<string, Set<Response>>();
  let sweeping: Promise<void> | undefined;
  const sweepOnce = async () => {
    for (const [token, streams] of [...open]) {
      const check = await tokens.verify(token).catch(() => undefined);
      if (!check || check.ok || check.reason === 'expired') continue;
      for (const res of streams) res.end();
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
    watch(token, res) {
      const streams = open.get(token) ?? new Set();
      streams.add(res);
      open.set(token, streams);
      res.once('close', () => {
        streams.delete(res);
        if (!streams.size && open.get(token) === streams) open.delete(token);
      });
    },
    sweep,
    close: () => clearInterval(timer),
  };
}
