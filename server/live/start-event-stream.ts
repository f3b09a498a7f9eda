import type { Response } from 'express';
import { trackOpenStream } from '../observability/open-streams';

/**
 * Turns a response into a server-sent event stream: headers that keep proxies from buffering or
 * caching it, and a 2 s reconnection delay for EventSource.
 *
 * @example startEventStream(res); res.write(formatEvent('cart', cart, cart.version));
 */
export function startEventStream(res: Response): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 2000\n\n');
  trackOpenStream(res);
}
