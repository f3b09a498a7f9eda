import compression from 'compression';
import type { Request, RequestHandler, Response } from 'express';

/**
 * gzip for scripts, styles, models and large JSON (catalogue, timeline). Small API answers such as a
 * cart go out as they are: deflating a few kilobytes costs the server more CPU per request than it
 * saves on the wire. Event streams are left alone: a compressor buffers, and a buffered cart event
 * is a late cart event.
 */
export function compressResponses(): RequestHandler {
  const compress = compression({
    threshold: 8 * 1024,
    filter: (req: Request, res: Response) => {
      const type = String(res.getHeader('Content-Type') ?? '');
      if (type.startsWith('text/event-stream')) return false;
      if (/\.(glb|usdz|bin)$/.test(req.path)) return true;
      return compression.filter(req, res);
    },
  });
  // Only reads return large bodies; commands answer with one cart, so they skip the wrapper entirely.
  return (req, res, next) => (req.method === 'GET' ? compress(req, res, next) : next());
}
