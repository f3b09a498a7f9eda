import { SignJWT, jwtVerify, errors } from 'jose';
import { RoleSchema, type Role } from '../../shared/auth/role';
import { z } from 'zod';
import { randomUUID } from 'node:crypto';
import type { SessionLookup } from './session-standing';

/** Who is calling, as proven by a signed token. The role never comes from anything the client says. */
export interface Principal {
  userId: string;
  role: Role;
  name?: string;
  guest: boolean;
  /** Clerks are tied to one store. */
  storeId?: string;
  /**
   * When the person last proved who they are (password, passkey, e-mailed link), in ms; absent for
   * guests and device links. Kept as the token's `auth_time` claim, so a token re-issued from this
   * principal keeps the original time.
   */
  signedInAtMs?: number;
  /** The token this principal came from, so it can be signed out. */
  session?: { id: string; expiresAtMs: number; issuedAtMs: number };
}

/** A principal read from a verified token, which always names its session. */
type SessionPrincipal = Principal & { session: NonNullable<Principal['session']> };

const ClaimsSchema = z.object({
  sub: z.string().min(1),
  role: RoleSchema,
  name: z.string().optional(),
  guest: z.boolean().optional(),
  storeId: z.string().optional(),
  jti: z.string().min(1).max(100),
  exp: z.number(),
  iat: z.number(),
  /** Seconds, as OpenID Connect's claim of the same name. */
  auth_time: z.number().optional(),
});

/** Customers stay signed in for a week; staff sessions last a shift. */
export const TOKEN_TTL_SECONDS: Record<Role, number> = {
  customer: 7 * 24 * 3600,
  advisor: 12 * 3600,
  clerk: 12 * 3600,
  manager: 12 * 3600,
  admin: 12 * 3600,
};

const ISSUER = 'vitrine';
/** Bounded so a flood of distinct forged tokens cannot grow memory; forged ones are never cached anyway. */
const VERIFIED_CACHE_SIZE = 10_000;

export type TokenCheck = { ok: true; principal: Principal } | { ok: false; reason: 'expired' | 'invalid' | 'revoked' | 'deactivated' };

export interface TokenService {
  issue(p: Principal, ttlSeconds?: number): Promise<{ token: string; expiresAt: string }>;
  verify(token: string): Promise<TokenCheck>;
}

/**
 * HS256 tokens signed with a secret shared by every process of the deployment. Each carries a
 * `jti`; with `sessions`, every verification also asks the database whether the token was signed
 * out, its account signed out everywhere or deactivated, or its user is gone.
 *
 * @example const tokens = createTokenService(secret, Date.now, lookupSession(database));
 */
export function createTokenService(secret: string, now: () => number = Date.now, sessions?: SessionLookup): TokenService {
  const key = new TextEncoder().encode(secret);
  // Every request of a session carries the same token: remember the ones whose signature was
  // already checked (it never changes for a given string). Expiry and standing are checked each time.
  const verified = new Map<string, SessionPrincipal>();
  const standing = async (principal: SessionPrincipal): Promise<TokenCheck> => {
    if (!sessions) return { ok: true, principal };
    const state = await sessions({ userId: principal.userId, jti: principal.session.id, issuedAtMs: principal.session.issuedAtMs });
    if (state === 'live') return { ok: true, principal };
    return { ok: false, reason: state === 'no_user' ? 'invalid' : state };
  };
  return {
    async issue(p, ttlSeconds = TOKEN_TTL_SECONDS[p.role]) {
      // Millisecond issue time: "sign out everywhere" must also refuse a token issued earlier in the same second.
      const iatMs = now();
      const iat = iatMs / 1000;
      const exp = Math.floor(iat) + ttlSeconds;
      const token = await new SignJWT({
        role: p.role,
        ...(p.name ? { name: p.name } : {}),
        ...(p.guest ? { guest: true } : {}),
        ...(p.storeId ? { storeId: p.storeId } : {}),
        ...(p.signedInAtMs !== undefined ? { auth_time: p.signedInAtMs / 1000 } : {}),
      })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(p.userId)
        .setJti(randomUUID())
        .setIssuer(ISSUER)
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .sign(key);
      return { token, expiresAt: new Date(exp * 1000).toISOString() };
    },
    async verify(token) {
      const hit = verified.get(token);
      if (hit) {
        if (hit.session.expiresAtMs > now()) return standing(hit);
        verified.delete(token);
        return { ok: false, reason: 'expired' };
      }
      let entry: SessionPrincipal;
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer: ISSUER,
          algorithms: ['HS256'],
          currentDate: new Date(now()),
          // A token without an expiry would be valid forever; one without an id could not be signed out.
          requiredClaims: ['exp', 'iat', 'jti', 'sub'],
        });
        const claims = ClaimsSchema.safeParse(payload);
        if (!claims.success) return { ok: false, reason: 'invalid' };
        const c = claims.data;
        entry = {
          userId: c.sub, role: c.role, name: c.name, guest: c.guest ?? false, storeId: c.storeId,
          ...(c.auth_time !== undefined ? { signedInAtMs: Math.round(c.auth_time * 1000) } : {}),
          session: { id: c.jti, expiresAtMs: c.exp * 1000, issuedAtMs: Math.round(c.iat * 1000) },
        };
      } catch (e) {
        return { ok: false, reason: e instanceof errors.JWTExpired ? 'expired' : 'invalid' };
      }
      if (verified.size >= VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value!);
      verified.set(token, entry);
      return standing(entry);
    },
  };
}
