import type { RequestHandler } from 'express';

/**
 * Graceful shutdown for HTTP: once draining, new requests are refused with a 503 and
 * `Connection: close` (a proxy retries them on another process), requests in flight finish, and
 * `settled` says when they have. Event streams do not count as in flight: they never finish by
 * themselves, and their clients reconnect elsewhere when the connection ends.
 *
 * @example app.use(drain.middleware); ... drain.start(); await drain.settled(8000);
 */
export function createDrain() {
  let draining = false;
  let inFlight = 0;
  const waiters = new Set<() => void>();
  const done = () => {
    inFlight--;
    if (inFlight === 0) for (const w of waiters) w();
  };
  const middleware: RequestHandler = (_req, res, next) => {
    if (draining) {
      res.setHeader('Connection', 'close');
      res.setHeader('Retry-After', '1');
      res.status(503).json({ error: 'unavailable', message: 'this server is shutting down; try again' });
      return;
    }
    inFlight++;
    let counted = true;
    const finish = () => {
      if (!counted) return;
      counted = false;
      done();
    };
    res.once('finish', finish);
    res.once('close', finish);
    // A stream is a long-lived response: it stops counting once its headers say what it is.
    const writeHead = res.writeHead;
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof res.writeHead>) {
      const result = writeHead.apply(this, args);
      const given = (args as unknown[]).find((a): a is Record<string, unknown> => typeof a === 'object' && a !== null && !Array.isArray(a));
      const type = given?.['Content-Type'] ?? given?.['content-type'] ?? this.getHeader('content-type');
      if (String(type ?? '').startsWith('text/event-stream')) finish();
      return result;
    } as typeof res.writeHead;
    next();
  };
  return {
    middleware,
    get draining() {
      return draining;
    },
    get inFlight() {
      return inFlight;
    },
    start() {
      draining = true;
    },
    /** Resolves when no request is in flight, or after `ms` whatever remains. */
    settled(ms: number): Promise<void> {
      if (inFlight === 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiters.delete(finish);
          resolve();
        }, ms);
        const finish = () => {
          clearTimeout(timer);
          waiters.delete(finish);
          resolve();
        };
        waiters.add(finish);
      });
    },
  };
}
