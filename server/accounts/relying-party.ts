import type { Request } from 'express';
import type { Config } from '../config';
import { requestOrigin } from '../http/request-origin';

/** Who passkeys are made for: the origin the browser must report and the RP ID (its host name). */
export interface RelyingParty {
  origin: string;
  rpID: string;
  name: string;
}

/**
 * The relying party of this deployment: `VITRINE_PUBLIC_URL` when set, else the origin this
 * request reached (with the same trust rules as every link, see requestOrigin). The browser's
 * reported origin is compared to this one, never to anything the client sends.
 *
 * @example relyingParty(req, config) // { origin: 'https://shop.example', rpID: 'shop.example', name: 'Vitrine' }
 */
export function relyingParty(req: Request, config: Pick<Config, 'publicUrl'>): RelyingParty {
  const origin = requestOrigin(req, config);
  return { origin, rpID: new URL(origin).hostname, name: 'Vitrine' };
}
