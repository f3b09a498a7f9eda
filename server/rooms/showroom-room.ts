import { randomUUID } from 'node:crypto';
import { CloseCode, ErrorCode, Room, ServerError, type AuthContext, type Client, type RoomException } from '@colyseus/core';
import type { z } from 'zod';
import type { Principal } from '../auth/tokens';
import {
  CLIENT_MESSAGES, JoinOptionsSchema, ROOM_CLOSE, ROOM_LIMITS, ROOM_PROTOCOL_VERSION,
  type NoticeCode, type RoomKind, type ServerMessage,
} from '../../shared/room/protocol';
import { permits, type Permission, type RoomAction, type SeatFacts } from '../../shared/room/room-permissions';
import { avatarColor, displayName } from '../../shared/room/chat';
import { addStrike, newSeat, withinBudget, type BudgetKey, type ClientSeat } from './client-seat';
import { ParticipantState, ShowroomState } from '../../shared/room/showroom-state';
import { findSession, sessionSeat, type LiveSession } from '../help/live-sessions';
import type { HelpSignal } from '../help/help-signals';
import type { RoomDeps } from './room-deps';
import { createRoomActions } from './room-actions';
import { sendTo } from './send-message';
import { containsLoneSurrogate } from '../../shared/text/lone-surrogate';
import { followStoreLayout } from './follow-store-layout';
import { withRequestId } from '../observability/request-context';
import { activeTracing } from '../observability/tracing/tracing';

export type SeatClient = Client<{ userData: ClientSeat; auth: Principal }>;
type Refusal = Exclude<Permission, { ok: true }> | { code: NoticeCode; message: string } | undefined;

/** Where a public showroom opens when the client names no store. */
export const DEFAULT_STORE_ID = 'store-lyon';
/** Set by onAuth on the options of every client request; a room opened without it was opened by the server. */
const OPENED_BY = 'openedBy';
/** `__proto__` would reach onCreate's options as their prototype (Colyseus copies own keys with `=`). */
const FORBIDDEN_OPTIONS = ['session', '__proto__', 'constructor', 'prototype'];


/**
 * Builds the `showroom` room class around the app's services (no globals). Handlers validate with
 * the protocol's schemas, check the budget and the permission, then call `room-actions`.
 *
 * @example server.define(ROOM_NAME, createShowroomRoom(deps)).filterBy(['storeId']);
 */
export function createShowroomRoom(deps: RoomDeps) {
  const { services } = deps;
  const { db } = services.database;

  return class ShowroomRoom extends Room<{ state: ShowroomState; client: SeatClient }> {
    state = new ShowroomState();
    maxMessagesPerSecond = ROOM_LIMITS.maxMessagesPerSecond;
    /** Phones and headsets busy loading the store may take a while to open the socket after matchmaking. */
    seatReservationTimeout = 30;
    /** The database session this room serves; undefined for a public showroom. */
    session?: LiveSession;
    /** Set once the session is over, so leaving people no longer return anyone to the queue. */
    ending = false;
    private offSignals?: () => void;
    private offLayout?: () => void;
    /** Seats kept for dropped connections, by room session id, until they come back or expire. */
    private held = new Map<string, { userId: string; release(): void }>();
    readonly actions = createRoomActions(deps, this);

    get kind(): RoomKind {
      return (this.session?.kind ?? 'public') as RoomKind;
    }

    /**
     * The role comes from the signed token, never from the join options. A client may only name a
     * store of the catalogue: every other id would open a room of its own.
     */
    static async onAuth(token: string | undefined, options: unknown, _context: AuthContext): Promise<Principal> {
      if (options && typeof options === 'object' && FORBIDDEN_OPTIONS.some((k) => Object.hasOwn(options, k))) {
        throw new ServerError(ErrorCode.AUTH_FAILED, 'private sessions open through POST /api/sessions/:id/room, then join by room id');
      }
      const opts = JoinOptionsSchema.safeParse(options ?? {});
      if (!opts.success) throw new ServerError(ErrorCode.AUTH_FAILED, 'join options must be {token, storeId?, channel?}');
      const raw = opts.data.token ?? token;
      if (!raw) throw new ServerError(ErrorCode.AUTH_FAILED, 'a token is required: sign in or start a guest session');
      const check = await services.tokens.verify(raw);
      if (!check.ok) throw new ServerError(ErrorCode.AUTH_FAILED, check.reason === 'expired' ? 'your session has expired; sign in again' : 'the token is not valid');
      const { storeId } = opts.data;
      if (storeId !== undefined && services.catalogue.location(storeId)?.kind !== 'store') {
        throw new ServerError(400, `no store "${storeId.slice(0, 64)}": pick a store from GET /api/locations`);
      }
      if (options && typeof options === 'object') {
        const stamped = options as Record<string, unknown>;
        // Stamped over whatever the client sent: a room this request opens is counted against its caller.
        stamped[OPENED_BY] = check.principal.userId;
        // Matchmaking filters by store: without one, a client would land in whichever store's room is open.
        stamped.storeId = storeId ?? DEFAULT_STORE_ID;
      }
      return check.principal;
    }

    async onCreate(options: Record<string, unknown>) {
      this.state.protocol = ROOM_PROTOCOL_VERSION;
      const openedBy = Object.hasOwn(options, OPENED_BY) ? options[OPENED_BY] : undefined;
      if (typeof openedBy === 'string') await deps.roomOpenings.consume(`room-open:${openedBy}`).catch((e: unknown) => {
        throw new ServerError(429, e instanceof Error ? e.message : 'too many rooms opened');
      });
      // Only the server opens session rooms (sessionRoomId): a client's options went through onAuth and carry OPENED_BY.
      const sessionId = openedBy === undefined && Object.hasOwn(options, 'session') && typeof options.session === 'string' ? options.session : undefined;
      if (sessionId) {
        const session = await findSession(db, sessionId);
        if (!session || session.status === 'ended') throw new ServerError(ErrorCode.MATCHMAKE_INVALID_CRITERIA, 'no open session with this id');
        this.session = session;
        this.maxClients = Math.min(session.capacity, ROOM_LIMITS.eventCapacity);
        await this.setPrivate(true);
        this.state.kind = session.kind;
        this.state.sessionId = session.id;
        this.state.title = session.title;
        this.state.storeId = session.storeId ?? '';
        await this.actions.restoreSpotlight();
        this.offSignals = deps.signals.subscribe((sig) => this.onSignal(sig));
      } else {
        this.maxClients = ROOM_LIMITS.publicCapacity;
        this.state.kind = 'public';
        const storeId = Object.hasOwn(options, 'storeId') && typeof options.storeId === 'string' ? options.storeId : DEFAULT_STORE_ID;
        if (services.catalogue.location(storeId)?.kind !== 'store') throw new ServerError(400, `no store "${storeId.slice(0, 64)}"`);
        this.state.storeId = storeId;
        this.state.title = services.catalogue.location(this.state.storeId)?.name ?? 'Showroom';
      }
      if (this.state.storeId) this.offLayout = followStoreLayout(services, this.state.storeId, (v) => (this.state.layoutVersion = v));
      this.autoDispose = true;
    }

    async onJoin(client: SeatClient, options?: unknown) {
      const principal = client.auth!;
      let host = false;
      let admitted = true;
      if (this.session) {
        // Fresh from the database: the host may have changed (another advisor accepted) or removed someone.
        const session = await findSession(db, this.session.id);
        if (!session || session.status === 'ended') throw new ServerError(ROOM_CLOSE.sessionEnded, 'this session has ended');
        const seat = await sessionSeat(db, session, principal);
        if (!seat.ok) throw new ServerError(ROOM_CLOSE.removedByHost, seat.reason);
        this.session = session;
        host = seat.host;
        admitted = !(session.kind === 'event' && session.admission === 'host' && !host && principal.role === 'customer');
      }
      // A reload arrives as a new seat while the old one still waits for its reconnection: free it now,
      // or the same person stands in the room twice (their old avatar right where they are) until it expires.
      this.releaseHeldSeats(principal.userId);
      const seat = newSeat(principal, Date.now());
      const channel = JoinOptionsSchema.shape.channel.safeParse((options as { channel?: unknown } | undefined)?.channel);
      if (channel.success && channel.data) seat.channel = channel.data;
      client.userData = seat;
      seat.unwatch = services.sessions.watch(principal, () => this.kick(client, ROOM_CLOSE.signedOut, 'this session was signed out'));
      const p = new ParticipantState();
      p.userId = principal.userId;
      p.name = displayName(principal.name, principal.userId);
      p.role = seat.seat;
      p.color = avatarColor(principal.userId, seat.seat);
      p.host = host;
      p.admitted = admitted;
      if (host) for (const other of this.state.participants.values()) if (other.userId !== principal.userId) other.host = false;
      this.state.participants.set(client.sessionId, p);
      if (!admitted) {
        sendTo(client, { type: 'notice', code: 'waiting_for_host', message: 'the host will let you in shortly' });
        this.actions.tellHosts('waiting_for_host', `${p.name} is waiting to be let in`);
      }
      this.actions.afterJoin(client, p).catch((err) => this.fail(err, 'afterJoin'));
    }

    onDrop(client: SeatClient, code?: number) {
      const seat = client.userData;
      // Removed, flooding or shutting down: no seat is kept.
      if (!seat || seat.kicked || code === CloseCode.WITH_ERROR || this.ending) return;
      const p = this.state.participants.get(client.sessionId);
      if (p) {
        p.connected = false;
        p.speaking = false;
      }
      // Rejected when the seat expires, the same person joins again or the room is closing; onLeave then does the cleanup.
      const reconnection = this.allowReconnection(client, ROOM_LIMITS.reconnectSeconds);
      const { sessionId } = client;
      if (typeof reconnection?.reject === 'function') {
        this.held.set(sessionId, { userId: seat.principal.userId, release: () => reconnection.reject(false) });
      }
      Promise.resolve(reconnection)
        .catch(() => {})
        .finally(() => this.held.delete(sessionId));
    }

    /** Gives up the seats kept for this user's dropped connections (their onLeave runs as on expiry). */
    private releaseHeldSeats(userId: string): void {
      for (const [sessionId, held] of this.held) {
        if (held.userId !== userId) continue;
        this.held.delete(sessionId);
        held.release();
      }
    }

    onReconnect(client: SeatClient) {
      const p = this.state.participants.get(client.sessionId);
      if (p) p.connected = true;
    }

    async onLeave(client: SeatClient) {
      client.userData?.unwatch?.();
      const p = this.state.participants.get(client.sessionId);
      this.state.participants.delete(client.sessionId);
      this.state.lasers.delete(client.sessionId);
      if (this.state.floor === client.sessionId) this.state.floor = '';
      if (p) await this.actions.afterLeave(client, p);
    }

    onDispose() {
      this.offSignals?.();
      this.offLayout?.();
    }

    onUncaughtException(err: RoomException, method: string) {
      this.fail(err, method);
    }

    private onSignal(sig: HelpSignal): void {
      if (sig.type !== 'session' || sig.sessionId !== this.session?.id) return;
      this.actions.onSessionSignal(sig).catch((err) => this.fail(err, 'signal'));
    }

    /** Broadcasts one server → client message of the protocol to everyone (or all but one). */
    broadcastMessage(m: ServerMessage, except?: SeatClient): void {
      const { type, ...body } = m;
      this.broadcast(type, body, except ? { except } : undefined);
    }

    fail(err: unknown, where: string): void {
      services.log.warn({ err, roomId: this.roomId, where }, 'showroom room error');
    }

    /** What the permission rules need to know about a client, read from the synced state. */
    facts(client: SeatClient): SeatFacts | undefined {
      const p = this.state.participants.get(client.sessionId);
      if (!p || !client.userData) return undefined;
      return { seat: client.userData.seat, host: p.host, admitted: p.admitted, mutedByHost: p.mutedByHost, hasFloor: this.state.floor === client.sessionId };
    }

    /** Removes a client now, with no seat kept for reconnection. */
    kick(client: SeatClient, code: number, reason: string): void {
      if (client.userData) client.userData.kicked = true;
      this.kickClient(client.sessionId, code, reason);
    }

    /** A dropped message: told (unless it is a high-rate kind), counted, and removal past the limit. */
    private refuse(client: SeatClient, seat: ClientSeat, why: Refusal, quiet: boolean): void {
      if (addStrike(seat, Date.now())) {
        services.log.info({ roomId: this.roomId, userId: seat.principal.userId, dropped: seat.dropped }, 'removing a flooding client');
        this.kick(client, ROOM_CLOSE.flooding, 'too many dropped messages');
        return;
      }
      if (!quiet && why) sendTo(client, { type: 'notice', code: why.code, message: why.message });
    }

    /**
     * Wraps a handler: budget, then shape (safeParse: a bad message is dropped, the sender stays),
     * then permission; the handler itself only acts.
     */
    private handler<S extends z.ZodType>(
      schema: S,
      opts: { budget?: BudgetKey; action?: RoomAction; quiet?: boolean },
      run: (client: SeatClient, msg: z.infer<S>) => void | false | Promise<void>,
    ) {
      return (client: SeatClient, raw: unknown) => {
        const seat = client.userData;
        if (!seat || seat.kicked) return;
        const quiet = opts.quiet ?? false;
        if (opts.budget && !withinBudget(seat, opts.budget, Date.now())) {
          return this.refuse(client, seat, { code: 'rate_limited', message: 'slow down' }, quiet);
        }
        // Text that is not well-formed Unicode would reach the synced state, the transcript and the database.
        if (containsLoneSurrogate(raw)) return this.refuse(client, seat, { code: 'invalid', message: 'malformed message: text must be well-formed Unicode' }, quiet);
        const parsed = schema.safeParse(raw);
        if (!parsed.success) return this.refuse(client, seat, { code: 'invalid', message: `malformed message: ${parsed.error.issues[0]?.message ?? 'bad shape'}` }, quiet);
        if (opts.action) {
          const facts = this.facts(client);
          const perm: Permission = facts ? permits(opts.action, facts, this.kind) : { ok: false, code: 'forbidden', message: 'not in the room' };
          if (!perm.ok) return this.refuse(client, seat, perm, quiet);
        }
        // Each message is served under an id of its own, like an HTTP request: the room's error
        // line and a database error it met carry the same `reqId`.
        const requestId = randomUUID();
        withRequestId(requestId, () => {
          try {
            const r = this.traced(opts, requestId, () => run(client, parsed.data));
            // false: well-formed but meaningless (a pose outside the world, an empty chat line).
            if (r === false) this.refuse(client, seat, { code: 'invalid', message: 'this message was dropped' }, quiet);
            else if (r instanceof Promise) r.catch((err) => this.fail(err, 'message'));
          } catch (err) {
            this.fail(err, 'message');
          }
        });
      };
    }

    /**
     * With tracing on, a span per room message (`room chat`, `room cart.add`), parent of the
     * database queries it makes; not for the quiet high-rate ones (poses, lasers, WebRTC signals:
     * up to 20 a second per client, and they touch no database).
     */
    private traced<T>(opts: { budget?: BudgetKey; action?: RoomAction; quiet?: boolean }, requestId: string, fn: () => T): T {
      const tracing = activeTracing();
      if (!tracing || opts.quiet) return fn();
      return tracing.inSpan(`room ${opts.action ?? opts.budget ?? 'message'}`, { 'vitrine.request_id': requestId, 'vitrine.room_id': this.roomId }, fn);
    }

    messages = {
      pose: this.handler(CLIENT_MESSAGES.pose, { budget: 'pose', action: 'pose', quiet: true }, (c, m) => this.actions.pose(c, m)),
      laser: this.handler(CLIENT_MESSAGES.laser, { budget: 'laser', action: 'laser', quiet: true }, (c, m) => this.actions.laser(c, m)),
      chat: this.handler(CLIENT_MESSAGES.chat, { budget: 'chat', action: 'chat' }, (c, m) => this.actions.chat(c, m)),
      voice: this.handler(CLIENT_MESSAGES.voice, { budget: 'voice' }, (c, m) => this.actions.voice(c, m)),
      rtc: this.handler(CLIENT_MESSAGES.rtc, { budget: 'rtc', action: 'rtc', quiet: true }, (c, m) => this.actions.rtc(c, m)),
      hand: this.handler(CLIENT_MESSAGES.hand, { budget: 'voice', action: 'hand' }, (c, m) => this.actions.hand(c, m)),
      spotlight: this.handler(CLIENT_MESSAGES.spotlight, { budget: 'action', action: 'spotlight' }, (c, m) => this.actions.spotlight(c, m)),
      follow: this.handler(CLIENT_MESSAGES.follow, { budget: 'action', action: 'follow' }, (c) => this.actions.follow(c)),
      host: this.handler(CLIENT_MESSAGES.host, { budget: 'action', action: 'host' }, (c, m) => this.actions.host(c, m)),
      'cart.add': this.handler(CLIENT_MESSAGES['cart.add'], { budget: 'action', action: 'cart.add' }, (c, m) => this.actions.cartAdd(c, m)),
      // Unknown message types are dropped and counted like any other malformed message.
      _: (client: SeatClient, type: unknown) => {
        const seat = client.userData;
        if (seat && !seat.kicked) this.refuse(client, seat, { code: 'invalid', message: `unknown message type "${String(type).slice(0, 40)}"` }, false);
      },
    };
  };
}

export type ShowroomRoom = InstanceType<ReturnType<typeof createShowroomRoom>>;
