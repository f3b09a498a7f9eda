import type { Client, ClientArray } from '@colyseus/core';
import type { z } from 'zod';
import type { Principal } from '../auth/tokens';
import type { ClientSeat } from './client-seat';
import type { RoomDeps } from './room-deps';
import type { HelpSignal } from '../help/help-signals';
import { ChatLineState, LaserState, type ParticipantState, type ShowroomState } from '../../shared/room/showroom-state';
import { writeAvatarPose, writeLaser } from './write-state';
import { sendTo } from './send-message';
import { type CLIENT_MESSAGES, ROOM_CLOSE, ROOM_LIMITS, type NoticeCode, type RoomKind, type ServerMessage } from '../../shared/room/protocol';
import { readAvatarPose } from '../../shared/room/pose';
import { cleanChatText } from '../../shared/room/chat';
import { maySignal, maySpeak, permits, type SeatFacts } from '../../shared/room/room-permissions';
import { followSpots } from '../../shared/room/follow-formation';
import { lastSpotlight, recordSessionEvent, removeMember, type LiveSession } from '../help/live-sessions';
import { returnToQueue, sessionGrant } from '../help/help-queue';
import { endSession, readSessionSummary } from '../help/end-session';
import { findActiveCart, getOrCreateActiveCart } from '../carts/cart-repository';
import { grantCartAccess } from '../carts/cart-access';
import { runCartCommands } from '../carts/run-cart-commands';
import { recordAnalyticsEvent } from '../privacy/record-analytics-event';
import { HttpError } from '../http/http-error';

type SeatClient = Client<{ userData: ClientSeat; auth: Principal }>;
type Msg<K extends keyof typeof CLIENT_MESSAGES> = z.infer<(typeof CLIENT_MESSAGES)[K]>;

/** The parts of the room the actions touch; keeps the room class small and this file testable. */
export interface ActionsHost {
  state: ShowroomState;
  session?: LiveSession;
  ending: boolean;
  readonly kind: RoomKind;
  readonly roomId: string;
  clients: ClientArray<SeatClient>;
  facts(c: SeatClient): SeatFacts | undefined;
  kick(c: SeatClient, code: number, reason: string): void;
  broadcastMessage(m: ServerMessage, except?: SeatClient): void;
  disconnect(code?: number): Promise<unknown>;
  fail(err: unknown, where: string): void;
}

/** How long the room stays open after the end, so everyone receives the summary. */
const END_GRACE_MS = 1_500;

/**
 * What each room message does once it passed validation, budget and permission checks. Pure
 * decisions (pose reading, chat cleaning, formations, who may speak) live in `shared/room`.
 */
export function createRoomActions(deps: RoomDeps, room: ActionsHost) {
  const { services, signals } = deps;
  const { db } = services.database;
  const participant = (c: SeatClient) => room.state.participants.get(c.sessionId);
  const notice = (c: SeatClient, code: NoticeCode, message: string) => sendTo(c, { type: 'notice', code, message });
  const seatsOf = (userId: string) => room.clients.filter((c) => c.userData?.principal.userId === userId);

  const actions = {
    pose(c: SeatClient, m: Msg<'pose'>): undefined | false {
      const pose = readAvatarPose(m);
      const p = participant(c);
      if (!pose) return false;
      if (p) writeAvatarPose(p, pose);
    },

    laser(c: SeatClient, m: Msg<'laser'>): undefined | false {
      if (!m.on) {
        room.state.lasers.delete(c.sessionId);
        return;
      }
      const limit = ROOM_LIMITS.worldExtentM;
      if ([...m.from, ...m.to].some((v) => Math.abs(v) > limit)) return false;
      if (m.productId && !services.catalogue.product(m.productId)) return false;
      let l = room.state.lasers.get(c.sessionId);
      if (!l) {
        l = new LaserState();
        room.state.lasers.set(c.sessionId, l);
      }
      writeLaser(l, m.from, m.to, m.productId);
    },

    chat(c: SeatClient, m: Msg<'chat'>): undefined | false {
      const text = cleanChatText(m.text);
      const p = participant(c);
      if (!text || !p) return false;
      const line = new ChatLineState();
      const last = room.state.chat.at(-1);
      line.id = last ? last.id + 1 : 1;
      line.from = c.sessionId;
      line.name = p.name;
      line.role = p.role;
      line.text = text;
      line.at = Date.now();
      room.state.chat.push(line);
      while (room.state.chat.length > ROOM_LIMITS.chat.history) room.state.chat.shift();
    },

    voice(c: SeatClient, m: Msg<'voice'>): void {
      const p = participant(c);
      const facts = room.facts(c);
      if (!p || !facts) return;
      if (m.muted === false) {
        const perm = permits('unmute', facts, room.kind);
        if (!perm.ok) {
          notice(c, perm.code, perm.message);
          return;
        }
        p.muted = false;
      } else if (m.muted === true) {
        p.muted = true;
      }
      if (m.speaking !== undefined) p.speaking = m.speaking && !p.muted && maySpeak(facts, room.kind);
      else if (p.muted) p.speaking = false;
    },

    /** Relays WebRTC negotiation to one peer; the audio itself flows peer to peer. */
    rtc(c: SeatClient, m: Msg<'rtc'>): undefined | false {
      const target = room.clients.getById(m.to);
      if (!target || target === c) return;
      const from = room.facts(c);
      const to = room.facts(target);
      if (!from || !to || !maySignal(from, to, room.kind)) return false;
      sendTo(target, { type: 'rtc', from: c.sessionId, signal: m.signal });
    },

    hand(c: SeatClient, m: Msg<'hand'>): void {
      const p = participant(c);
      if (p) p.handRaised = m.raised;
    },

    async spotlight(c: SeatClient, m: Msg<'spotlight'>): Promise<void> {
      const p = participant(c);
      if (!p) return;
      if (m.productId && !services.catalogue.product(m.productId)) return notice(c, 'not_found', `no product "${m.productId}"`);
      const s = room.state.spotlight;
      s.productId = m.productId ?? '';
      s.by = c.sessionId;
      s.byName = p.name;
      s.at = Date.now();
      if (room.session) {
        await recordSessionEvent(db, room.session.id, m.productId ? 'spotlight' : 'spotlight.cleared', p.userId, { productId: m.productId });
      }
    },

    /** "Follow me": everyone else lands in front of the leader, facing them. */
    async follow(c: SeatClient): Promise<void> {
      const leader = participant(c);
      if (!leader) return;
      const followers = room.clients.filter((o) => o !== c && room.state.participants.get(o.sessionId)?.admitted);
      const spots = followSpots(leader.head, followers.length);
      followers.forEach((o, i) => {
        const spot = spots[i];
        // followSpots gives one spot per follower; the guard only satisfies the index type.
        if (spot) sendTo(o, { type: 'teleport', by: c.sessionId, x: spot.x, y: spot.y, z: spot.z, yaw: spot.yaw });
      });
      if (room.session) await recordSessionEvent(db, room.session.id, 'follow', leader.userId, { followers: followers.length });
    },

    async host(c: SeatClient, m: Msg<'host'>): Promise<void> {
      if (m.action === 'end') return actions.end(c);
      const target = m.target ? room.clients.getById(m.target) : undefined;
      const tp = m.target ? room.state.participants.get(m.target) : undefined;
      if (m.target && (!target || !tp)) return notice(c, 'not_found', 'nobody with this id is in the room');
      switch (m.action) {
        case 'admit':
          tp!.admitted = true;
          notice(target!, 'admitted', 'the host let you in');
          return;
        case 'mute':
          tp!.mutedByHost = m.muted;
          if (m.muted) {
            tp!.muted = true;
            tp!.speaking = false;
          }
          return;
        case 'remove': {
          if (tp!.host) return notice(c, 'forbidden', 'the host cannot be removed');
          if (room.session) {
            await removeMember(db, room.session.id, tp!.userId);
            signals.publish({ type: 'session', sessionId: room.session.id, event: 'removed', userId: tp!.userId });
          }
          for (const seat of seatsOf(tp!.userId)) room.kick(seat, ROOM_CLOSE.removedByHost, 'the host removed you');
          return;
        }
        case 'floor': {
          const previous = room.state.participants.get(room.state.floor);
          room.state.floor = m.target ?? '';
          // Whoever loses the floor in an event goes quiet.
          if (previous && room.kind === 'event' && previous !== tp && !previous.host && previous.role !== 'advisor') {
            previous.muted = true;
            previous.speaking = false;
          }
          if (tp) tp.handRaised = false;
          return;
        }
      }
    },

    async end(c: SeatClient): Promise<void> {
      if (!room.session) return notice(c, 'forbidden', 'a public showroom cannot be ended');
      await endSession(services, signals, room.session.id);
      await actions.finish();
    },

    /** An advisor adds to the served customer's cart through the cart command step, channel `advisor`. */
    async cartAdd(c: SeatClient, m: Msg<'cart.add'>): Promise<void> {
      const forSeat = m.for ? room.state.participants.get(m.for) : undefined;
      if (m.for && (forSeat?.role !== 'customer')) return notice(c, 'not_found', 'that customer is not in the room');
      const customerId = forSeat?.userId ?? room.session?.customerId ?? undefined;
      if (!customerId) return notice(c, 'not_found', 'this session has no customer to add for');
      const cart = await findActiveCart(db, customerId);
      if (!cart) return notice(c, 'cart_failed', 'the customer has no open cart');
      try {
        const next = await runCartCommands(
          services,
          c.userData!.principal,
          cart.id,
          { commands: [{ type: 'addLine', productId: m.productId, qty: m.qty, fulfilment: m.fulfilment, ...(m.variantId ? { variantId: m.variantId } : {}) }] },
          'advisor',
        );
        room.broadcastMessage({ type: 'cart.added', by: c.sessionId, customerId, productId: m.productId, qty: m.qty, cartVersion: next.version });
      } catch (err) {
        if (err instanceof HttpError) return notice(c, 'cart_failed', err.message);
        throw err;
      }
    },

    /** Touch points and access that follow an arrival. */
    async afterJoin(c: SeatClient, p: ParticipantState): Promise<void> {
      const principal = c.userData!.principal;
      const session = room.session;
      if (principal.role === 'customer') {
        // A visit is journey analytics: kept only with the customer's consent.
        await recordAnalyticsEvent(db, {
          customerId: principal.userId,
          // A screen says so when it joins; a client that does not is taken for a headset.
          channel: c.userData!.channel ?? 'vr',
          type: 'room.joined',
          data: { roomId: room.roomId, kind: room.kind, ...(session ? { sessionId: session.id } : { storeId: room.state.storeId }) },
        });
      }
      if (!session || c.userData!.seat !== 'advisor') return;
      await recordSessionEvent(db, session.id, 'advisor.joined', principal.userId, {});
      if (session.kind === 'consultation' && p.host && session.customerId) {
        // A booked consultation opens the customer's cart to its advisor while it lasts.
        const { cart } = await getOrCreateActiveCart(db, session.customerId, 'advisor');
        await grantCartAccess(db, cart.id, principal.userId, sessionGrant(session.id), services.now());
      }
      if (p.host) room.broadcastMessage({ type: 'notice', code: 'advisor_joined', message: `${p.name} joined to help you`, name: p.name }, c);
    },

    /** An advisor who leaves a help session hands the customer back to the head of the queue. */
    async afterLeave(c: SeatClient, p: ParticipantState): Promise<void> {
      const session = room.session;
      if (!session || room.ending || session.kind !== 'help' || !p.host || p.role !== 'advisor') return;
      if (seatsOf(p.userId).some((o) => o !== c)) return;
      await returnToQueue(services, signals, session.id, p.userId, 'left');
    },

    async onSessionSignal(sig: Extract<HelpSignal, { type: 'session' }>): Promise<void> {
      const session = room.session;
      if (!session) return;
      switch (sig.event) {
        case 'ended':
          return actions.finish();
        case 'assigned':
          session.hostId = sig.userId ?? null;
          for (const p of room.state.participants.values()) p.host = p.userId === sig.userId;
          return;
        case 'advisor_left':
          if (session.hostId === sig.userId) session.hostId = null;
          for (const p of room.state.participants.values()) if (p.userId === sig.userId) p.host = false;
          room.broadcastMessage({ type: 'notice', code: 'advisor_left', message: 'your advisor had to leave: you are first in line for the next one' });
          return;
        case 'removed':
          if (sig.userId) for (const seat of seatsOf(sig.userId)) room.kick(seat, ROOM_CLOSE.removedByHost, 'the host removed you');
          return;
      }
    },

    /** The session is over: everyone gets the summary, then the room closes. */
    async finish(): Promise<void> {
      if (room.ending || !room.session) return;
      room.ending = true;
      room.state.ended = true;
      const summary = await readSessionSummary(db, { ...room.session, status: 'ended', endedAt: room.session.endedAt ?? services.now().toISOString() });
      const { productIds: _ids, ...message } = summary;
      room.broadcastMessage({ type: 'ended', summary: message });
      setTimeout(() => room.disconnect(ROOM_CLOSE.sessionEnded).catch((err) => room.fail(err, 'end')), END_GRACE_MS).unref();
    },

    async restoreSpotlight(): Promise<void> {
      if (!room.session) return;
      const productId = await lastSpotlight(db, room.session.id);
      if (productId) room.state.spotlight.productId = productId;
    },

    tellHosts(code: NoticeCode, message: string): void {
      for (const c of room.clients) if (room.state.participants.get(c.sessionId)?.host) notice(c, code, message);
    },
  };
  return actions;
}
