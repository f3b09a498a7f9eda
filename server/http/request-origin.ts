import type { Request } from 'express';
import type { Config } from '../config';

/** The public origin for links and QR codes: configured, or the one the browser used. */
export function requestOrigin(req: Request, config: Pick<Config, 'publicUrl'>): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/$/, '');
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}
