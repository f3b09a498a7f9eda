import { SignJWT, jwtVerify, errors } from 'jose';
import { RoleSchema, type Role } from '../../shared/auth/role';
import { z } from 'zod';

/** Who is calling, as proven by a signed token. The role never comes from anything the client says. */
export interface Principal {
  userId: string;
  role: Role;
  name?: string;
  guest: boolean;
  /** Clerks are tied to one store. */
  storeId?: string;
}

const ClaimsSchema = z.object({
  sub: z.string().min(1),
  role: RoleSchema,
  name: z.string().optional(),
  guest: z.boolean().optional(),
  storeId: z.string().optional(),
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

export type TokenCheck = { ok: true; principal: Principal } | { ok: false; reason: 'expired' | 'invalid' };

export interface TokenService {
  issue(p: Principal, ttlSeconds?: number): Promise<{ token: string; expiresAt: string }>;
  verify(token: string): Promise<TokenCheck>;
}

/**
 * HS256 tokens signed with a secret shared by every process of the deployment.
 *
 * @example const tokens = createTokenService(secret); const { token } = await tokens.issue(principal);
 */
export function createTokenService(secret: string, now: () => number = Date.now): TokenService {
  const key = new TextEncoder().encode(secret);
  // Every request of a session carries the same token: remember the ones already checked (the
  // signature of a given string never changes) so only their expiry is compared each time.
  const verified = new Map<string, { principal: Principal; exp: number }>();
  return {
    async issue(p, ttlSeconds = TOKEN_TTL_SECONDS[p.role]) {
      const iat = Math.floor(now() / 1000);
      const exp = iat + ttlSeconds;
      const token = await new SignJWT({
        role: p.role,
        ...(p.name ? { name: p.name } : {}),
        ...(p.guest ? { guest: true } : {}),
        ...(p.storeId ? { storeId: p.storeId } : {}),
      })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(p.userId)
        .setIssuer(ISSUER)
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .sign(key);
      return { token, expiresAt: new Date(exp * 1000).toISOString() };
    },
    async verify(token) {
      const hit = verified.get(token);
      if (hit) {
        if (hit.exp * 1000 > now()) return { ok: true, principal: hit.principal };
        verified.delete(token);
        return { ok: false, reason: 'expired' };
      }
      try {
        const { payload } = await jwtVerify(token, key, {
          issuer: ISSUER,
          algorithms: ['HS256'],
          currentDate: new Date(now()),
        });
        const claims = ClaimsSchema.safeParse(payload);
        if (!claims.success) return { ok: false, reason: 'invalid' };
        const c = claims.data;
        const principal: Principal = { userId: c.sub, role: c.role, name: c.name, guest: c.guest ?? false, storeId: c.storeId };
        if (verified.size >= VERIFIED_CACHE_SIZE) verified.delete(verified.keys().next().value!);
        verified.set(token, { principal, exp: payload.exp! });
        return { ok: true, principal };
      } catch (e) {
        return { ok: false, reason: e instanceof errors.JWTExpired ? 'expired' : 'invalid' };
      }
    },
  };
}
