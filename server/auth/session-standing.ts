import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Db } from '../db/database';
import { preparedOn } from '../db/query-prepared';

/** What the database says about one token's account right now. */
export type SessionStanding = 'live' | 'no_user' | 'deactivated' | 'revoked';

/** Looks a token up against its account; one indexed read, so every process agrees at once. */
export type SessionLookup = (session: { userId: string; jti: string; issuedAtMs: number }) => Promise<SessionStanding>;

/**
 * Reads the user row and the revoked-token table in one prepared statement on every request that
 * carries a token: a sign-out, a "sign out everywhere" or a deactivation made by any process is
 * seen by the very next request, with no cache to go stale.
 *
 * @example const standing = await lookupSession(database)({ userId, jti, issuedAtMs });
 */
export function lookupSession(database: { db: Db; pool?: pg.Pool }): SessionLookup {
  const run = preparedOn(database);
  return async ({ userId, jti, issuedAtMs }) => {
    const [row] = await run<{ deactivated: boolean; valid_after_ms: string | number | null; revoked: boolean }>('session_standing', sql`
      select u.deactivated_at is not null as deactivated,
             floor(extract(epoch from u.tokens_valid_after) * 1000) as valid_after_ms,
             exists (select 1 from revoked_tokens r where r.jti = ${jti}) as revoked
      from users u where u.id = ${userId}`);
    if (!row) return 'no_user';
    if (row.deactivated) return 'deactivated';
    if (row.revoked) return 'revoked';
    if (row.valid_after_ms !== null && issuedAtMs <= Number(row.valid_after_ms)) return 'revoked';
    return 'live';
  };
}
