import type { NextFunction, Request, Response } from 'express';

/** Event-stream routes all end so (carts, orders, help, pickups, catalogue, layouts). */
const STREAM_PATH = /\/events$/;

/**
 * Caps the event streams one process holds, whoever opens them. Each costs a socket and a share of
 * every change's fan-out; past the cap the process answers 503 at once, before any work, which the
 * proxy retries on another process and a browser retries after a pause. The per-user cap
 * (stream-quota.ts) keeps one caller from taking the whole of it.
 *
 * @example app.use('/api', refuseStreamsBeyond(config.maxStreams));
 */
export function refuseStreamsBeyond(max: number) {
  let open = 0;
  const middleware = (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || !STREAM_PATH.test(req.path)) return next();
    if (open >= max) {
      res.setHeader('Retry-After', '2');
      res.status(503).json({ error: 'unavailable', message: 'this server follows as many live streams as it can; try again' });
      return;
    }
    open++;
    res.once('close', () => open--);
    next();
  };
  return Object.assign(middleware, { open: () => open });
}
