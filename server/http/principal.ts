import type { Request, RequestHandler } from 'express';
import type { Role } from '../../shared/auth/role';
import type { Principal, TokenService } from '../auth/tokens';
import type { SessionWatch } from '../auth/session-watch';
import { forbidden, unauthorized } from './http-error';

declare module 'express-serve-static-core' {
  interface Request {
    principal?: Principal;
    /** Why the presented token was not accepted; reported by `requirePrincipal`. */
    tokenProblem?: string;
  }
}

const PROBLEMS: Record<'expired' | 'invalid' | 'revoked' | 'deactivated', string> = {
  expired: 'your session has expired, sign in again',
  invalid: 'the token is not valid',
  revoked: 'this session was signed out, sign in again',
  deactivated: 'this account has been deactivated',
};

/**
 * Event streams (`GET …/events`, answered as `text/event-stream`) are the only routes that read
 * `?token=`: EventSource cannot set headers. Anywhere else a token in the URL would end up in
 * access logs, browser history and Referer headers, so it is ignored.
 */
export function readsTokenFromQuery(req: Request): boolean {
  return req.method === 'GET' && /\/events\/?$/.test(req.path);
}

/**
 * Reads `Authorization: Bearer` (or `?token=` on event streams, see `readsTokenFromQuery`).
 * A bad or expired token is remembered, not thrown: public routes still answer, and sign-in
 * can replace a stale guest session. An event stream's token stays watched while it is open
 * (see session-watch.ts).
 */
export function authenticate(tokens: TokenService, sessions?: SessionWatch): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization');
    const fromQuery = typeof req.query.token === 'string' && readsTokenFromQuery(req) ? req.query.token : undefined;
    if (!header && !fromQuery) return next();
    const token = header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : fromQuery;
    if (!token) {
      req.tokenProblem = 'the Authorization header must be "Bearer <token>"';
      return next();
    }
    const check = await tokens.verify(token);
    if (check.ok) {
      req.principal = check.principal;
      if (readsTokenFromQuery(req) && sessions) res.once('close', sessions.watch(check.principal, () => res.end()));
    } else req.tokenProblem = PROBLEMS[check.reason];
    next();
  };
}

/** @example const me = requirePrincipal(req, 'clerk', 'admin'); */
export function requirePrincipal(req: Request, ...roles: Role[]): Principal {
  const p = req.principal;
  if (!p) throw unauthorized(req.tokenProblem);
  if (roles.length && !roles.includes(p.role)) throw forbidden(`this needs one of these roles: ${roles.join(', ')}`);
  return p;
}
