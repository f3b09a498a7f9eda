import compression from 'compression';
import type { Request, Response } from 'express';

/**
 * gzip for JSON, scripts, styles and models. Event streams are left alone: a compressor buffers,
 * and a buffered cart event is a late cart event.
 */
export function compressResponses() {
  return compression({
    threshold: 1024,
    filter: (req: Request, res: Response) => {
      const type = String(res.getHeader('Content-Type') ?? '');
      if (type.startsWith('text/event-stream')) return false;
      if (/\.(glb|usdz|bin)$/.test(req.path)) return true;
      return compression.filter(req, res);
    },
  });
}
