import type { Logger } from 'pino';
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { TokenService } from '../auth/tokens';
import type { SessionWatch } from '../auth/session-watch';
import type { Catalogue } from '../catalogue/catalogue';
import type { CartBus } from '../live/cart-bus';
import type { CartStreamHub } from '../live/cart-stream-hub';
import type { RateLimit } from '../http/rate-limit';
import type { CartLock } from '../carts/cart-lock';
import type { JobQueue } from '../jobs/job-queue';
import type { FileStore } from '../storage/file-store';
import type { CatalogueEvents } from '../live/catalogue-events';
import type { Mailer } from '../mail/mailer';
import type { SimulatedPaymentProvider } from '../payments/simulated-provider';
import type { Metrics } from '../observability/metrics';

/** Everything a route or a room needs, built once at start-up and passed down explicitly. */
export interface Services {
  config: Config;
  database: Database;
  tokens: TokenService;
  /** Ends open streams and room seats whose token was signed out (see auth/session-watch.ts). */
  sessions: SessionWatch;
  /** Live: reloaded when the merchant changes a product (see catalogue/catalogue-changes.ts); read through it, never copy its lists. */
  catalogue: Catalogue;
  /** Catalogue changes across processes and to open pages. */
  catalogueEvents: CatalogueEvents;
  bus: CartBus;
  hub: CartStreamHub;
  /** Commands on one cart queue in this process (see CartLock). */
  cartLocks: CartLock;
  /** Background work (imports, model processing), shared by every process through the database. */
  jobs: JobQueue;
  /** Uploaded and generated files (merchant models, posters), served at `/files/` or from a bucket. */
  files: FileStore;
  log: Logger;
  /** Prometheus counters the steps feed (cart commands, checkouts); served at /metrics. */
  metrics: Metrics;
  /** The card payment provider (the simulated one stands where a real one would). */
  payments: SimulatedPaymentProvider;
  limits: {
    auth: RateLimit;
    /** Wrong passwords per client address, and per e-mail (see withinSignInLimits). */
    signInPerAddress: RateLimit;
    signInPerEmail: RateLimit;
    commands: RateLimit;
    checkout: RateLimit;
    /** Handoff codes and device links a customer makes (each one opens their cart or account elsewhere). */
    handoff: RateLimit;
    /** Sign-ups per client address, and account mails (verification, reset) per recipient so no one is flooded. */
    signUp: RateLimit;
    accountMail: RateLimit;
  };
  /** E-mail: outbox, and SMTP when configured. */
  mail: Mailer;
  /** Injectable clock so tests can expire tokens, codes and pickups. */
  now: () => Date;
}
