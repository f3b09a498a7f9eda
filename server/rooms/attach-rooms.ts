import type http from 'node:http';
import type { RequestHandler } from 'express';
import { LocalPresence, Server, createNodeMatchmakingMiddleware, matchMaker, type Presence } from '@colyseus/core';
import { Encoder } from '@colyseus/schema';
import { setTransport } from '@colyseus/core/Transport';
import { WebSocketTransport } from '@colyseus/ws-transport';
import { RedisPresence } from '@colyseus/redis-presence';
import { RedisDriver } from '@colyseus/redis-driver';
import { resilientRedisOptions, watchRedis } from '../live/open-redis';
import type { Services } from '../app/services';
import { HelpSignals } from '../help/help-signals';
import { ROOM_NAME } from '../../shared/room/protocol';
import { createShowroomRoom } from './showroom-room';
import { createRateLimit } from '../http/rate-limit';

/** Room messages are small, but a WebRTC offer can reach 10 kB; poses are about 150 bytes. */
const MAX_PAYLOAD_BYTES = 64 * 1024;
/**
 * The full state of a 250-person event with its chat history is about 60 kB; the default 8 kB
 * encoder buffer would be regrown (and a warning printed) on every patch.
 */
const ENCODER_BUFFER_BYTES = 256 * 1024;
/**
 * Public showrooms one caller may open per minute. Joining an open room costs nothing here; a
 * new room opens only when a store's rooms are full, so a real visitor opens one now and then.
 */
const ROOM_OPENINGS_PER_MINUTE = 5;
/** The client joins (joinOrCreate, joinById) and reconnects; `create` would open a room on every call. */
const EXPOSED_METHODS = ['joinOrCreate', 'join', 'joinById', 'reconnect'];

export interface RoomsRuntime {
  presence: Presence;
  signals: HelpSignals;
  /** Serves `POST /matchmake/*` (seat reservations); mount before the API and static files. */
  matchmaking: RequestHandler;
  /** Opens the rooms on the listening HTTP server (same port). */
  start(httpServer: http.Server, port: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Colyseus on the app's own HTTP server and port. With REDIS_URL, presence and the room driver
 * live in Redis and each process announces the address its peers reach it on, so a seat reserved
 * by one process can be taken in a room on another.
 *
 * @example const rooms = createRooms(services); app.use(rooms.matchmaking); await rooms.start(httpServer, port);
 */
export function createRooms(services: Services): RoomsRuntime {
  const { config, log } = services;
  // Connections that reconnect forever and hold commands while Redis is away, so an outage
  // (or starting before Redis) delays room work instead of ending the process.
  const presence: Presence = config.redisUrl ? new RedisPresence(resilientRedisOptions(config.redisUrl) as never) : new LocalPresence();
  const signals = new HelpSignals(presence);
  const node = createNodeMatchmakingMiddleware();
  const roomOpenings = createRateLimit({ points: ROOM_OPENINGS_PER_MINUTE, durationSeconds: 60, enabled: config.rateLimit, what: 'rooms opened' });
  let server: Server | undefined;
  let closing: Promise<void> | undefined;

  return {
    presence,
    signals,
    matchmaking: (req, res, next) => {
      if (!req.path.startsWith('/matchmake/')) return next();
      void node(req, res, next);
    },
    async start(httpServer, port) {
      Encoder.BUFFER_SIZE = Math.max(Encoder.BUFFER_SIZE, ENCODER_BUFFER_BYTES);
      const transport = new WebSocketTransport({ noServer: true, maxPayload: MAX_PAYLOAD_BYTES });
      transport.attachToServer(httpServer);
      server = new Server({
        transport,
        presence,
        driver: config.redisUrl ? openRoomDriver(config.redisUrl, log) : undefined,
        // Only several processes need it; one process lets clients connect to whatever origin served the page.
        publicAddress: config.redisUrl ? (config.publicAddress ?? `127.0.0.1:${port}`) : undefined,
        greet: false,
        gracefullyShutdown: false,
        logger: log.child({ module: 'colyseus' }),
      });
      matchMaker.controller.exposedMethods = EXPOSED_METHODS;
      server.define(ROOM_NAME, createShowroomRoom({ services, signals, roomOpenings })).filterBy(['storeId']);
      await matchMaker.accept();
      setTransport(transport);
    },
    close() {
      closing ??= (async () => {
        signals.close();
        if (server) await server.gracefullyShutdown(false);
        else presence.shutdown();
      })();
      return closing;
    },
  };
}

function openRoomDriver(url: string, log: Services['log']): RedisDriver {
  const driver = new RedisDriver(resilientRedisOptions(url) as never);
  // The driver's connection has no error listener of its own.
  watchRedis((driver as unknown as { _client: { on(e: string, f: () => void): unknown } })._client, log, 'room driver');
  return driver;
}
