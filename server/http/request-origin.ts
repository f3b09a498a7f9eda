import os from 'node:os';
import type { Request } from 'express';
import type { Config } from '../config';

/** Names that always mean this machine. */
const LOCAL_NAMES = new Set(['localhost', '127.0.0.1', '::1']);

/** A Host value (`name[:port]`) as `host[:port]`, or undefined when it holds anything else (a path, credentials). */
function hostOnly(host: string | undefined): string | undefined {
  if (!host) return undefined;
  try {
    const url = new URL(`http://${host}`);
    return url.username || url.password || url.pathname !== '/' || url.search || url.hash ? undefined : url.host;
  } catch {
    return undefined;
  }
}

/** True when a host (`name[:port]`) names this machine: a loopback name, its host name or one of its own addresses. */
function isThisMachine(host: string): boolean {
  const name = new URL(`http://${host}`).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (LOCAL_NAMES.has(name) || name === os.hostname().toLowerCase()) return true;
  return Object.values(os.networkInterfaces()).some((list) => list?.some((i) => i.address.toLowerCase() === name));
}

/** Did this request reach us through a proxy that VITRINE_TRUST_PROXY names? */
function viaTrustedProxy(req: Request): boolean {
  const trust = req.app.get('trust proxy fn') as ((addr: string, i: number) => boolean) | undefined;
  return !!trust && !!req.socket.remoteAddress && trust(req.socket.remoteAddress, 0);
}

/**
 * The public origin for links and QR codes. VITRINE_PUBLIC_URL when set. Otherwise the Host and
 * X-Forwarded-* headers are believed only from a proxy that VITRINE_TRUST_PROXY names (Express
 * has already applied them); from anyone else the Host header is kept only when it names this
 * machine (so a phone on the same network can still open the link), else the link points at
 * localhost. A stranger's `Host: evil.example` never ends up in a QR code.
 *
 * @example requestOrigin(req, config) // 'https://shop.example' or 'http://192.168.1.20:3000'
 */
export function requestOrigin(req: Request, config: Pick<Config, 'publicUrl'>): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/$/, '');
  const forwarded = viaTrustedProxy(req) ? hostOnly(req.host) : undefined;
  if (forwarded) return `${req.protocol}://${forwarded}`;
  const host = hostOnly(req.get('host'));
  if (host && isThisMachine(host)) return `${req.protocol}://${host}`;
  const port = req.socket.localPort;
  return `${req.protocol}://localhost${port ? `:${port}` : ''}`;
}
