import { createStore } from 'zustand/vanilla';
import { Client, type Room } from '@colyseus/sdk';
import { apiRequest } from '../api/api-client';
import { sessionStore } from '../stores/session-store';
import { ROOM_CLOSE, ROOM_NAME, ROOM_LIMITS } from '../../../shared/room/room-constants';
import type { ClientMessageType, ClientMessage, NoticeCode, RtcSignal, SessionSummaryMessage } from '../../../shared/room/protocol';
import { newTrack, pushSample, type PoseTrack } from './pose-buffer';
import { readRoomView, type RoomView } from './room-view';
import { roomActivity } from './room-activity';
import { isOwnSeat } from './avatar-people';
import type { PoseState, ShowroomState } from '../../../shared/room/showroom-state';
import { storeNavStore } from '../scene/navigation/store-nav-store';
import { channelStore } from '../stores/channel-store';

/** A message's body without its `type`, per member of the union (a plain Omit would merge them). */
type WithoutType<M> = M extends unknown ? Omit<M, 'type'> : never;
type MessageBody<K extends ClientMessageType> = WithoutType<Extract<ClientMessage, { type: K }>>;

export type RoomStatus = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'ended' | 'removed' | 'error';
export type RoomTarget = { kind: 'public'; storeId: string } | { kind: 'session'; sessionId: string; invite?: string };

export interface Notice {
  id: number;
  code: NoticeCode | 'cart_added';
  message: string;
  /** For `cart_added`: what, how many, and who added it (a name); for `advisor_joined`, who joined. */
  productId?: string;
  qty?: number;
  by?: string;
}

export interface RoomState {
  status: RoomStatus;
  error: string | null;
  target: RoomTarget | null;
  roomId: string | null;
  /** My seat's session id in the room. */
  me: string | null;
  view: RoomView | null;
  summary: SessionSummaryMessage | null;
  notices: Notice[];
  /** The last "follow me" aimed at me; the store scene moves the visitor there. */
  teleport: { x: number; z: number; yaw: number; seq: number } | null;
  /** Joins the public showroom of a store (the walkable store does it on entry). */
  joinPublic(storeId: string): Promise<void>;
  /** Joins a private session (help, consultation, event, friends) through its door. */
  joinSession(sessionId: string, invite?: string): Promise<void>;
  leave(): Promise<void>;
  /** Sends a protocol message; dropped silently when not connected. */
  send<K extends ClientMessageType>(type: K, message: MessageBody<K>): void;
  dismiss(id: number): void;
}

/** Other people's pose history, per room session id: read by the frame loop, never put in React state. */
export interface AvatarTracks {
  head: PoseTrack;
  left: PoseTrack;
  right: PoseTrack;
  hands: number;
  last: Float32Array;
}

/** A joined showroom: its decoded state has the server's schema (types only: the SDK decodes by reflection). */
export type ShowroomRoom = Room<unknown, ShowroomState>;

/** Live data the frame loops read with no React involved. */
export const live = {
  room: null as ShowroomRoom | null,
  tracks: new Map<string, AvatarTracks>(),
  /** Laser pointers by room session id: `[ox, oy, oz, tx, ty, tz]`. */
  lasers: new Map<string, Float32Array>(),
};

type RtcListener = (from: string, signal: RtcSignal) => void;
const rtcListeners = new Set<RtcListener>();
/** Voice subscribes here to the WebRTC signals addressed to this client. */
export function onRtc(listener: RtcListener): () => void {
  rtcListeners.add(listener);
  return () => rtcListeners.delete(listener);
}

/** The room server is the page's origin (same port as the API); a dev setup may point elsewhere. */
function endpoint(): string {
  const configured = (import.meta.env as Record<string, string | undefined>).VITE_ROOMS_URL;
  return configured ?? window.location.origin;
}

let noticeSeq = 0;

/** Where this visitor walks the store from: a headset only while an XR session runs, else this screen's channel. */
function joinChannel(): 'web' | 'app' | 'vr' {
  if (storeNavStore.getState().inXR) return 'vr';
  return channelStore.getState().channel === 'app' ? 'app' : 'web';
}
let teleportSeq = 0;
let signature = '';
let joinSeq = 0;

const scratch = new Float32Array(21);
function readPoses(p: { head: PoseState; left: PoseState; right: PoseState }, out: Float32Array) {
  [p.head, p.left, p.right].forEach((q, k) => {
    out[k * 7] = q.x;
    out[k * 7 + 1] = q.y;
    out[k * 7 + 2] = q.z;
    out[k * 7 + 3] = q.qx;
    out[k * 7 + 4] = q.qy;
    out[k * 7 + 5] = q.qz;
    out[k * 7 + 6] = q.qw;
  });
}

/**
 * The live session, one room at a time: connection (with the SDK's automatic reconnection), the
 * people and chat for the panels, poses for the avatars, and every message of the protocol.
 * Vanilla zustand: panels read it with `useRoom(selector)`, frame loops read `live`.
 *
 * @example await roomStore.getState().joinPublic('store-lyon'); roomStore.getState().send('chat', { text: 'hello' });
 */
export const roomStore = createStore<RoomState>((set, get) => {
  const push = (code: Notice['code'], message: string, extra: Partial<Notice> = {}) => {
    const notices = [...get().notices, { id: ++noticeSeq, code, message, ...extra }].slice(-4);
    set({ notices });
  };

  function attach(room: ShowroomRoom, target: RoomTarget) {
    live.room = room;
    live.tracks.clear();
    live.lasers.clear();
    signature = '';
    room.reconnection.maxRetries = 8;
    set({ status: 'connected', error: null, target, roomId: room.roomId, me: room.sessionId, summary: null, notices: [], view: null });
    roomActivity.getState().setActive(true);

    room.onStateChange((state) => {
      if (live.room !== room) return;
      const now = performance.now();
      const seen = new Set<string>();
      // Seats of this visitor's own account (one left over from before a reload) get no avatar and no pose history.
      const ownUserId: string | null = state.participants.get(room.sessionId)?.userId || sessionStore.getState().user?.id || null;
      state.participants.forEach((p, id) => {
        if (isOwnSeat({ id, userId: p.userId }, room.sessionId, ownUserId)) return;
        seen.add(id);
        let t = live.tracks.get(id);
        if (!t) {
          t = { head: newTrack(), left: newTrack(), right: newTrack(), hands: 0, last: new Float32Array(21).fill(NaN) };
          live.tracks.set(id, t);
        }
        readPoses(p, scratch);
        t.hands = p.hands;
        for (let k = 0; k < 3; k++) {
          let changed = false;
          for (let j = 0; j < 7; j++) if (scratch[k * 7 + j] !== t.last[k * 7 + j]) changed = true;
          if (!changed) continue;
          t.last.set(scratch.subarray(k * 7, k * 7 + 7), k * 7);
          pushSample(k === 0 ? t.head : k === 1 ? t.left : t.right, now, scratch.subarray(k * 7, k * 7 + 7));
        }
      });
      for (const id of live.tracks.keys()) if (!seen.has(id)) live.tracks.delete(id);
      live.lasers.clear();
      state.lasers.forEach((l, id) => {
        // My own laser is drawn from here too; a left-over seat's is not.
        const owner = state.participants.get(id);
        if (id !== room.sessionId && owner && isOwnSeat({ id, userId: owner.userId }, room.sessionId, ownUserId)) return;
        live.lasers.set(id, Float32Array.of(l.ox, l.oy, l.oz, l.tx, l.ty, l.tz));
      });
      const { view, signature: sig } = readRoomView(state);
      if (sig !== signature) {
        signature = sig;
        set({ view });
      }
    });
    room.onMessage('rtc', (m: { from: string; signal: RtcSignal }) => {
      for (const l of rtcListeners) l(m.from, m.signal);
    });
    room.onMessage('teleport', (m: { x: number; z: number; yaw: number }) => set({ teleport: { x: m.x, z: m.z, yaw: m.yaw, seq: ++teleportSeq } }));
    room.onMessage('notice', (m: { code: NoticeCode; message: string; name?: string }) => push(m.code, m.message, { by: m.name }));
    room.onMessage('cart.added', (m: { productId: string; qty: number; by: string }) => {
      const by = get().view?.participants.find((p) => p.id === m.by)?.name ?? '';
      push('cart_added', `${by}: +${m.qty} ${m.productId}`, { productId: m.productId, qty: m.qty, by });
    });
    room.onMessage('ended', (m: { summary: SessionSummaryMessage }) => set({ summary: m.summary }));
    room.onMessage('*', () => {});
    room.onDrop(() => live.room === room && set({ status: 'reconnecting' }));
    room.onReconnect(() => live.room === room && set({ status: 'connected' }));
    room.onLeave((code: number) => {
      if (live.room !== room) return;
      live.room = null;
      live.tracks.clear();
      live.lasers.clear();
      if (code === ROOM_CLOSE.serverShutdown && target) {
        // The room's process is going away; behind a proxy the next join lands on another one.
        set({ status: 'reconnecting' });
        setTimeout(() => {
          const again = target.kind === 'public' ? get().joinPublic(target.storeId) : get().joinSession(target.sessionId, target.invite);
          again.catch(() => undefined);
        }, 500 + Math.random() * 1000);
        return;
      }
      const status: RoomStatus = code === ROOM_CLOSE.sessionEnded ? 'ended' : code === ROOM_CLOSE.removedByHost ? 'removed' : code === ROOM_CLOSE.consented ? 'idle' : 'error';
      set({ status, roomId: null, me: null, error: status === 'error' ? `connection closed (${code})` : null, view: status === 'ended' ? get().view : null });
    });
  }

  async function connect(target: RoomTarget, join: (client: Client, token: string) => Promise<ShowroomRoom>) {
    const seq = ++joinSeq;
    await get().leave();
    set({ status: 'connecting', error: null, target });
    try {
      await sessionStore.getState().start();
      const token = sessionStore.getState().token;
      if (!token) throw new Error('no session');
      let room: ShowroomRoom | undefined;
      // A device busy loading the store may miss its seat reservation window: ask for another.
      for (let attempt = 0; !room; attempt++) {
        try {
          room = await join(new Client(endpoint()), token);
        } catch (e) {
          if (attempt >= 2 || !/expired/i.test((e as Error).message) || seq !== joinSeq) throw e;
        }
      }
      if (seq !== joinSeq) {
        void room.leave(true);
        return;
      }
      attach(room, target);
    } catch (e) {
      if (seq === joinSeq) set({ status: 'error', error: (e as Error).message });
      throw e;
    }
  }

  return {
    status: 'idle',
    error: null,
    target: null,
    roomId: null,
    me: null,
    view: null,
    summary: null,
    notices: [],
    teleport: null,
    async joinPublic(storeId) {
      const t = get().target;
      if (t?.kind === 'public' && t.storeId === storeId && (get().status === 'connected' || get().status === 'connecting')) return;
      await connect({ kind: 'public', storeId }, (client, token) => client.joinOrCreate<ShowroomState>(ROOM_NAME, { token, storeId, channel: joinChannel() }));
    },
    async joinSession(sessionId, invite) {
      const t = get().target;
      if (t?.kind === 'session' && t.sessionId === sessionId && (get().status === 'connected' || get().status === 'connecting')) return;
      await connect({ kind: 'session', sessionId, invite }, async (client, token) => {
        const door = await apiRequest<{ roomId: string }>(`/sessions/${encodeURIComponent(sessionId)}/room`, { method: 'POST', body: invite ? { invite } : {} });
        return client.joinById<ShowroomState>(door.roomId, { token, channel: joinChannel() });
      });
    },
    async leave() {
      const room = live.room;
      live.room = null;
      live.tracks.clear();
      live.lasers.clear();
      set({ status: 'idle', roomId: null, me: null, view: null, target: null });
      if (room) await room.leave(true).catch(() => undefined);
    },
    send(type, message) {
      const room = live.room;
      if (room && get().status === 'connected') room.send(type, message);
    },
    dismiss(id) {
      set({ notices: get().notices.filter((n) => n.id !== id) });
    },
  };
});

/** Sends at most `ROOM_LIMITS.poseHz` poses a second, whatever the frame rate. */
export const POSE_INTERVAL_MS = 1000 / ROOM_LIMITS.poseHz;
