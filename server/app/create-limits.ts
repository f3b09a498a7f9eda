import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Services } from './services';
import { createRateLimit } from '../http/rate-limit';

/**
 * Every rate limit of the server. With Redis configured they are shared by every process (a
 * client spreading guesses over several processes meets one budget); while Redis is unreachable
 * each process counts in its own memory instead of refusing or letting everything through.
 *
 * @example const { limits, close } = createLimits(config, log);
 */
export function createLimits(config: Config, log: Logger): { limits: Services['limits']; close(): Promise<void> } {
  const enabled = config.rateLimit;
  let redis: Redis | undefined;
  if (enabled && config.redisUrl) {
    // No offline queue: a limit check must not wait for Redis to come back, the memory fallback answers.
    redis = new Redis(config.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true });
    redis.on('error', (err) => log.debug({ err }, 'rate limit store unreachable; counting in memory'));
    redis.connect().catch(() => {});
  }
  return {
    limits: {
      auth: createRateLimit({ points: 20, durationSeconds: 60, enabled, what: 'sign-in attempts', redis, name: 'auth' }),
      signInPerAddress: createRateLimit({ points: 25, durationSeconds: 15 * 60, enabled, what: 'wrong passwords from this address', redis, name: 'sign-in-ip' }),
      signInPerEmail: createRateLimit({ points: 20, durationSeconds: 15 * 60, enabled, what: 'wrong passwords for this account', redis, name: 'sign-in-email' }),
      commands: createRateLimit({ points: 120, durationSeconds: 60, enabled, what: 'cart changes' }),
      checkout: createRateLimit({ points: 20, durationSeconds: 60, enabled, what: 'checkout attempts' }),
      signUp: createRateLimit({ points: 10, durationSeconds: 3600, enabled, what: 'sign-ups from this address', redis, name: 'sign-up' }),
      accountMail: createRateLimit({ points: 5, durationSeconds: 3600, enabled, what: 'account e-mails to this address', redis, name: 'account-mail' }),
      handoff: createRateLimit({ points: 10, durationSeconds: 600, enabled, what: 'handoff codes and device links', redis, name: 'handoff' }),
    },
    close: async () => {
      redis?.disconnect();
    },
  };
}
