import type { Request, Response } from 'express';
import { routeLabel } from './route-label';

/** Open event streams of this process by route; one process-wide tally, read when metrics are scraped. */
const open = new Map<string, number>();

/**
 * Counts an event stream until its response closes.
 *
 * @example trackOpenStream(res); // in startEventStream
 */
export function trackOpenStream(res: Response): void {
  const route = res.req ? routeLabel(res.req as Request) : 'unknown';
  open.set(route, (open.get(route) ?? 0) + 1);
  res.once('close', () => {
    const left = (open.get(route) ?? 1) - 1;
    if (left > 0) open.set(route, left);
    else open.delete(route);
  });
}

/** The open streams by route, e.g. `[['/api/carts/:id/events', 3]]`. */
export function openStreamCounts(): [string, number][] {
  return [...open];
}
