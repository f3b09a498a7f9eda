import type { Presence } from '@colyseus/core';

/** What changed; listeners re-read the database, so a signal carries ids, never data to trust. */
export type HelpSignal =
  | { type: 'queue' }
  | { type: 'session'; sessionId: string; event: 'assigned' | 'advisor_left' | 'ended' | 'removed'; userId?: string };

const TOPIC = 'vitrine:help';

/**
 * Help and session changes announced to every process through Colyseus presence (in-process by
 * default, Redis pub/sub with REDIS_URL), so queue streams and rooms elsewhere hear about them.
 *
 * @example signals.publish({ type: 'queue' }); const off = signals.subscribe((s) => ...);
 */
export class HelpSignals {
  private readonly listeners = new Set<(s: HelpSignal) => void>();
  private subscribed = false;

  constructor(private readonly presence: Presence) {}

  publish(signal: HelpSignal): void {
    void Promise.resolve(this.presence.publish(TOPIC, signal)).catch(() => {});
  }

  subscribe(listener: (s: HelpSignal) => void): () => void {
    this.listeners.add(listener);
    if (!this.subscribed) {
      this.subscribed = true;
      void this.presence.subscribe(TOPIC, (s: HelpSignal) => {
        for (const l of [...this.listeners]) {
          try {
            l(s);
          } catch {
            // One broken listener must not starve the others.
          }
        }
      });
    }
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.listeners.clear();
    if (this.subscribed) this.presence.unsubscribe(TOPIC);
    this.subscribed = false;
  }
}
