import http from 'node:http';
import { purgeUnusedFiles } from '../storage/purge-unused-files';
import { SimulatedPaymentProvider } from '../payments/simulated-provider';
import { simulatedProviderRoutes } from '../payments/simulated-provider-routes';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Logger } from 'pino';
import { createLogger } from '../logging/create-logger';
import { createMetrics } from '../observability/metrics';
import { observeRequests } from '../observability/observe-requests';
import { metricsEndpoint } from '../observability/metrics-endpoint';
import { countJobs } from '../jobs/count-jobs';
import type { Config } from '../config';
import type { Services } from './services';
import { openDatabase, type Database, type DatabaseOptions } from '../db/database';
import { seedDatabase } from '../seed/seed-database';
import { loadSeedData } from '../seed/seed-data';
import { loadDefaultStoreLayout, seedStoreLayouts } from '../seed/seed-store-layouts';
import { loadOrCreateTokenSecret } from '../auth/token-secret';
import { createTokenService } from '../auth/tokens';
import { watchSessions } from '../auth/session-watch';
import { loadCatalogue } from '../catalogue/catalogue';
import { createLocalCartBus } from '../live/local-cart-bus';
import { createPgCartBus } from '../live/pg-cart-bus';
import { createRedisCartBus } from '../live/redis-cart-bus';
import type { CartBus } from '../live/cart-bus';
import { CartStreamHub } from '../live/cart-stream-hub';
import { findCart } from '../carts/cart-repository';
import { createLimits } from './create-limits';
import { createReadiness } from './readiness';
import { lookupSession } from '../auth/session-standing';
import { purgeRevokedTokens } from '../auth/purge-revoked-tokens';
import { authenticate } from '../http/principal';
import { apiNotFound, errorHandler } from '../http/error-handler';
import { rejectNul } from '../http/reject-nul';
import { rejectLoneSurrogates } from '../http/reject-lone-surrogates';
import { securityHeaders } from './security-headers';
import { compressResponses } from './compress-responses';
import { serveStaticFiles } from './static-files';
import { authRoutes } from '../routes/auth-routes';
import { catalogueRoutes } from '../routes/catalogue-routes';
import { cartRoutes } from '../routes/cart-routes';
import { orderRoutes } from '../routes/order-routes';
import { timelineRoutes } from '../routes/timeline-routes';
import { docsRoutes } from '../routes/docs-routes';
import { releaseExpiredPickups } from '../orders/release-expired-pickups';
// Live sessions: rooms, help queue, sessions and bookings.
import { createRooms } from '../rooms/attach-rooms';
import { sessionRoomId } from '../rooms/session-room';
import { HelpStreams } from '../help/help-streams';
import type { LiveDeps } from '../help/live-deps';
import { CartLock } from '../carts/cart-lock';
import { releaseAbandonedHelp } from '../help/abandoned-help';
import { helpRoutes } from '../routes/help-routes';
import { sessionRoutes } from '../routes/session-routes';
import { bookingRoutes } from '../routes/booking-routes';
import { purgeIdempotencyKeys } from '../orders/purge-idempotency-keys';
import { createJobQueue } from '../jobs/job-queue';
import { openCatalogueBus } from '../live/catalogue-bus';
import { CatalogueEvents } from '../live/catalogue-events';
import { refuseStreamsBeyond } from '../live/stream-capacity';
import { adminProductRoutes } from '../routes/admin-product-routes';
import { adminPromotionRoutes } from '../routes/admin-promotion-routes';
import { posRoutes } from '../routes/pos-routes';
import { storeRoutes } from '../routes/store-routes';
import { layoutRoutes } from '../routes/layout-routes';
import { orderFeedRoutes } from '../routes/order-feed-routes';
import { dashboardRoutes } from '../routes/dashboard-routes';
import { openFileStore } from '../storage/open-file-store';
import { serveFiles } from '../storage/serve-files';
import { modelRoutes } from '../routes/model-routes';
import { PROCESS_MODEL_JOB, processModel } from '../models/process-model';
import { adminImportRoutes } from '../routes/admin-import-routes';
import { adminStaffRoutes } from '../routes/admin-staff-routes';
import { adminBackupRoutes } from '../routes/admin-backup-routes';
import { createDrain } from './drain';
import { registerProductImport } from '../imports/import-products-job';
import { registerStockImport } from '../imports/import-stock-job';
import { createMailer } from '../mail/mailer';
import { accountRoutes } from '../routes/account-routes';
import { privacyRoutes } from '../routes/privacy-routes';
import { purgeExpiredPersonalData } from '../privacy/purge-expired-personal-data';
import { purgeAccountLinks } from '../accounts/purge-account-links';

export interface VitrineServer {
  services: Services;
  httpServer: http.Server;
  /** The minute sweep's work (expired pickups, old idempotency keys, abandoned help requests), for tests that move the clock. */
  sweep(): Promise<void>;
  /** Starts listening; resolves to the base URL (port 0 picks a free one). */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export interface ServerOptions {
  /** Tests pass an in-memory database or a fixed clock. */
  database?: DatabaseOptions;
  now?: () => Date;
  log?: Logger;
  /** Serves the client instead of the built `dist/` (the Vite dev server in `npm run dev`). */
  clientMiddleware?: express.RequestHandler;
}

/** How long a shutdown waits for requests in flight: the process must be gone within 10 s of SIGTERM. */
const DRAIN_MS = 7_000;

function databaseOptions(config: Config): DatabaseOptions {
  return config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl } : { kind: 'embedded', dataDir: config.dataDir };
}

async function openBus(config: Config, database: Database, log: Logger): Promise<CartBus> {
  if (config.redisUrl) return createRedisCartBus(config.redisUrl, log);
  if (database.kind === 'postgres' && database.url) return createPgCartBus(database.url, log);
  return createLocalCartBus();
}

/**
 * Builds the whole store on one HTTP server: the API under /api, cart event streams, the
 * multi-user rooms, static 3D assets and the built client.
 *
 * @example const server = await createVitrineServer(loadConfig()); await server.listen(3000);
 */
export async function createVitrineServer(config: Config, opts: ServerOptions = {}): Promise<VitrineServer> {
  const log = opts.log ?? createLogger(config.logLevel);
  const database = await openDatabase(opts.database ?? databaseOptions(config));
  const cleanups: (() => Promise<void> | void)[] = [() => database.close()];
  try {
    const { db } = database;
    if (config.seed) {
      const { seeded } = await seedDatabase(db, loadSeedData());
      if (seeded) log.info('seeded the demo catalogue, stores, stock and accounts');
    }
    const layoutsSeeded = await seedStoreLayouts(db, loadDefaultStoreLayout());
    if (layoutsSeeded.length) log.info({ stores: layoutsSeeded }, 'gave stores the default layout');
    const standing = lookupSession(database);
    const tokens = createTokenService(config.jwtSecret ?? (await loadOrCreateTokenSecret(db)), Date.now, standing);
    const sessions = watchSessions(standing, config.sessionCheckMs);
    cleanups.unshift(() => sessions.close());
    const catalogue = await loadCatalogue(db);
    const bus = await openBus(config, database, log);
    cleanups.unshift(() => bus.close());
    const hub = new CartStreamHub(bus, (id) => findCart(db, id), log);
    cleanups.unshift(() => hub.close());
    const catalogueBus = await openCatalogueBus(config, database, log);
    cleanups.unshift(() => catalogueBus.close());
    const catalogueEvents = new CatalogueEvents(catalogueBus, catalogue, log);
    cleanups.unshift(() => catalogueEvents.close());
    const _enabled = config.rateLimit;
    const rateLimits = createLimits(config, log);
    cleanups.unshift(() => rateLimits.close());
    const jobs = createJobQueue(db, { now: opts.now, log });
    cleanups.unshift(() => jobs.close());
    const files = openFileStore(config.files);
    const mail = createMailer(config.mail, db, log, opts.now);
    cleanups.unshift(() => mail.close());
    const services: Services = {
      config, database, tokens, sessions, catalogue, catalogueEvents, bus, hub, log, jobs, files, mail,
      payments: new SimulatedPaymentProvider(db),
      cartLocks: new CartLock(),
      metrics: createMetrics({ pool: database.pool, jobs: () => countJobs(db) }),
      limits: rateLimits.limits,
      now: opts.now ?? (() => new Date()),
    };

    jobs.register(PROCESS_MODEL_JOB, processModel(services));
    registerProductImport(services);
    registerStockImport(services);

    // Colyseus on this server's port; help streams fed by presence signals.
    const rooms = createRooms(services);
    cleanups.unshift(() => rooms.close());
    const helpStreams = new HelpStreams(rooms.signals, log);
    cleanups.unshift(() => helpStreams.close());
    const live: LiveDeps = { signals: rooms.signals, streams: helpStreams, roomFor: (session) => sessionRoomId(db, session) };

    const app = express();
    app.disable('x-powered-by');
    // API answers are per user and never cached; hashing every body for an ETag is wasted work.
    // (Static files keep theirs: serve-static computes its own.)
    app.set('etag', false);
    app.set('trust proxy', config.trustProxy);
    app.use(observeRequests(log, services.metrics));
    app.get('/metrics', metricsEndpoint(services.metrics, config.metricsToken));
    app.use(securityHeaders());
    app.use(compressResponses());
    const drain = createDrain();
    app.use(drain.middleware);
    app.use('/api', refuseStreamsBeyond(config.maxStreams));
    app.get('/api/health', (_req, res) => {
      res.json({ ok: true, db: database.kind, presence: config.redisUrl ? 'redis' : 'local' });
    });
    const readiness = createReadiness(config, database, log);
    cleanups.unshift(() => readiness.close());
    app.get('/api/ready', readiness.handler);
    app.use(rooms.matchmaking); // POST /matchmake/* (seat reservations)
    // A whole store layout is larger than any other request body.
    app.use('/api/admin/stores/:storeId/layouts', express.json({ limit: '512kb' }));
    app.use('/api', express.json({ limit: '32kb' }), rejectNul, rejectLoneSurrogates, authenticate(tokens, sessions));
    // Hottest first: every request walks the routers in this order until one matches.
    for (const routes of [cartRoutes, catalogueRoutes, orderRoutes, authRoutes, accountRoutes, privacyRoutes, timelineRoutes, posRoutes, storeRoutes, layoutRoutes, orderFeedRoutes, dashboardRoutes, adminProductRoutes, adminPromotionRoutes, adminImportRoutes, adminStaffRoutes, adminBackupRoutes, modelRoutes, docsRoutes]) app.use('/api', routes(services));
    app.use('/api', helpRoutes(services, live), sessionRoutes(services, live), bookingRoutes(services));
    app.use('/pay/sim', simulatedProviderRoutes(services)); // the provider's own pages, not Vitrine's API
    app.use('/api', apiNotFound);
    serveFiles(app, files, config.files.kind === 'local' ? config.files.dir : undefined);
    serveStaticFiles(app, opts.clientMiddleware ? undefined : config.clientDir);
    if (opts.clientMiddleware) app.use(opts.clientMiddleware);
    app.use(errorHandler(log));

    const httpServer = http.createServer(app);
    // Slow or idle clients must not hold sockets forever; event streams switch this off for themselves.
    httpServer.requestTimeout = 30_000;
    httpServer.headersTimeout = 15_000;
    // deploy/nginx/vitrine.conf keeps its idle upstream connections for less than this (4 s).
    httpServer.keepAliveTimeout = 5_000;

    // Listing every stored file is heavier than the rest of the sweep: once an hour is plenty.
    let filesPurgedAt = Number.NEGATIVE_INFINITY;
    const filesUnusedSince = new Map<string, number>();
    const purgeFiles = async () => {
      const now = services.now();
      if (now.getTime() - filesPurgedAt < 3600_000) return;
      filesPurgedAt = now.getTime();
      const { deleted } = await purgeUnusedFiles(db, services.files, now, filesUnusedSince);
      if (deleted.length) log.info({ count: deleted.length }, 'unused model files deleted');
    };
    const sweepOnce = async () => {
      await Promise.all([
        purgeFiles().catch((err) => log.warn({ err }, 'unused file purge failed')),
        releaseExpiredPickups(services).catch((err) => log.warn({ err }, 'pickup release failed')),
        purgeIdempotencyKeys(db, services.now()).catch((err) => log.warn({ err }, 'idempotency key purge failed')),
        purgeRevokedTokens(db, new Date()).catch((err) => log.warn({ err }, 'revoked token purge failed')),
        purgeAccountLinks(db, services.now()).catch((err) => log.warn({ err }, 'account link purge failed')),
        purgeExpiredPersonalData(db, services.now()).catch((err) => log.warn({ err }, 'personal data retention purge failed')),
        releaseAbandonedHelp(services, live.signals).catch((err) => log.warn({ err }, 'abandoned help release failed')),
      ]);
    };
    const sweep = setInterval(() => void sweepOnce(), 60_000);
    sweep.unref();
    cleanups.unshift(() => clearInterval(sweep));

    let closing: Promise<void> | undefined;
    return {
      services,
      httpServer,
      sweep: sweepOnce,
      listen(port = config.port, host = config.host) {
        return new Promise((resolve, reject) => {
          httpServer.once('error', reject);
          httpServer.listen(port, host, () => {
            const addr = httpServer.address() as AddressInfo;
            const url = `http://${host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host}:${addr.port}`;
            // Rooms open once the port is known: it is their public address with Redis.
            rooms.start(httpServer, addr.port).then(() => {
              jobs.start();
              mail.start();
              resolve(url);
            }, reject);
          });
        });
      },
      close() {
        closing ??= (async () => {
          // New work goes elsewhere (a 503 with Connection: close, and no new connections), work in
          // flight finishes, room clients are told the server is going (they join again, on another
          // process behind the proxy), then streams end and their clients reconnect elsewhere.
          drain.start();
          const stopped = new Promise<void>((r) => httpServer.close(() => r()));
          httpServer.closeIdleConnections();
          await rooms.close().catch((err) => log.warn({ err }, 'closing rooms failed'));
          await drain.settled(DRAIN_MS);
          if (drain.inFlight) log.warn({ inFlight: drain.inFlight }, 'closing with requests still in flight');
          httpServer.closeAllConnections();
          await stopped;
          for (const c of cleanups) await c();
        })();
        return closing;
      },
    };
  } catch (e) {
    for (const c of cleanups) await Promise.resolve(c()).catch(() => {});
    throw e;
  }
}
