import { z } from 'zod';
import { FulfilmentSchema } from '../cart/fulfilment';

/**
 * The `showroom` room protocol: every message a client may send and every message the server
 * sends back, keyed by `type`, with the limits both sides rely on. One file, one version.
 * Bump the version on any change that an older client could not survive.
 */
export {
  ROOM_PROTOCOL_VERSION, ROOM_NAME, SEAT_ROLES, ROOM_KINDS, ROOM_LIMITS, ROOM_CLOSE,
  type SeatRole, type RoomKind, type SessionKind,
} from './room-constants';
import { ROOM_LIMITS } from './room-constants';

const finite = z.number().finite();
/** `[x, y, z, qx, qy, qz, qw]`: metres and a unit quaternion, in the store's frame. */
export const PoseTupleSchema = z.array(finite).length(7);
export type PoseTuple = [number, number, number, number, number, number, number];

/** Contract message: head and optional hands, up to 20 Hz. */
export const PoseMessageSchema = z.object({
  h: PoseTupleSchema,
  l: PoseTupleSchema.optional(),
  r: PoseTupleSchema.optional(),
});
export type PoseMessage = z.infer<typeof PoseMessageSchema>;

export const ChatMessageSchema = z.object({ text: z.string().min(1).max(ROOM_LIMITS.chat.maxChars * 2) });

export const VoiceMessageSchema = z
  .object({ muted: z.boolean().optional(), speaking: z.boolean().optional() })
  .refine((v) => v.muted !== undefined || v.speaking !== undefined, 'say muted or speaking');

const SessionIdSchema = z.string().min(1).max(64);
export const RtcSignalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('offer'), sdp: z.string().min(1).max(ROOM_LIMITS.rtc.maxSdpChars) }),
  z.object({ kind: z.literal('answer'), sdp: z.string().min(1).max(ROOM_LIMITS.rtc.maxSdpChars) }),
  z.object({
    kind: z.literal('ice'),
    candidate: z.object({
      candidate: z.string().max(ROOM_LIMITS.rtc.maxCandidateChars),
      sdpMid: z.string().max(64).nullable().optional(),
      sdpMLineIndex: z.number().int().min(0).max(64).nullable().optional(),
      usernameFragment: z.string().max(256).nullable().optional(),
    }),
  }),
  /** Tear down a peer connection (the other side stopped talking or left). */
  z.object({ kind: z.literal('bye') }),
]);
export type RtcSignal = z.infer<typeof RtcSignalSchema>;
export const RtcMessageSchema = z.object({ to: SessionIdSchema, signal: RtcSignalSchema });

const ProductIdSchema = z.string().min(1).max(64);
export const SpotlightMessageSchema = z.object({ productId: ProductIdSchema.nullable() });

// A tuple, not an array of length 3, so the type says what the check does: three numbers, each there.
const Vec3Schema = z.tuple([finite, finite, finite]);
export const LaserMessageSchema = z.union([
  z.object({ on: z.literal(false) }),
  z.object({ on: z.literal(true), from: Vec3Schema, to: Vec3Schema, productId: ProductIdSchema.optional() }),
]);

export const FollowMessageSchema = z.object({}).optional();

export const HOST_ACTIONS = ['admit', 'mute', 'remove', 'floor', 'end'] as const;
export type HostAction = (typeof HOST_ACTIONS)[number];
export const HostMessageSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('admit'), target: SessionIdSchema }),
  z.object({ action: z.literal('mute'), target: SessionIdSchema, muted: z.boolean().default(true) }),
  z.object({ action: z.literal('remove'), target: SessionIdSchema }),
  /** `target: null` takes the floor back. */
  z.object({ action: z.literal('floor'), target: SessionIdSchema.nullable() }),
  z.object({ action: z.literal('end') }),
]);
export type HostMessage = z.infer<typeof HostMessageSchema>;

export const HandMessageSchema = z.object({ raised: z.boolean() });

/** Advisor adds to the served customer's cart from inside the session (the cart API underneath). */
export const CartAddMessageSchema = z.object({
  productId: ProductIdSchema,
  variantId: z.string().min(1).max(64).optional(),
  qty: z.number().int().min(1).max(20).default(1),
  fulfilment: FulfilmentSchema.default({ type: 'ship' }),
  /** Whose cart, by room session id; defaults to the session's customer. */
  for: SessionIdSchema.optional(),
});

/** Every client → server message type and its schema. */
export const CLIENT_MESSAGES = {
  pose: PoseMessageSchema,
  chat: ChatMessageSchema,
  voice: VoiceMessageSchema,
  rtc: RtcMessageSchema,
  spotlight: SpotlightMessageSchema,
  laser: LaserMessageSchema,
  follow: FollowMessageSchema,
  host: HostMessageSchema,
  hand: HandMessageSchema,
  'cart.add': CartAddMessageSchema,
} as const;
export type ClientMessageType = keyof typeof CLIENT_MESSAGES;
export type ClientMessage = { [K in ClientMessageType]: { type: K } & z.input<(typeof CLIENT_MESSAGES)[K]> }[ClientMessageType];

/** Why the server refused or dropped something, sent as a `notice` so the client can say it. */
export const NOTICE_CODES = [
  'forbidden',
  'invalid',
  'rate_limited',
  'not_found',
  'cart_failed',
  'advisor_left',
  'advisor_joined',
  'waiting_for_host',
  'admitted',
] as const;
export type NoticeCode = (typeof NOTICE_CODES)[number];

export interface SessionSummaryMessage {
  sessionId: string;
  shown: { productId: string; at: string; by: string }[];
  added: { productId: string; qty: number; customerId: string; at: string; by: string }[];
}

/**
 * Every server → client message, keyed by type. Who is who (seat, host, protocol version, room
 * kind) is in the state, which arrives before any message can be listened to.
 */
export type ServerMessage =
  | { type: 'rtc'; from: string; signal: RtcSignal }
  | { type: 'teleport'; by: string; x: number; y: number; z: number; yaw: number }
  | { type: 'cart.added'; by: string; customerId: string; productId: string; qty: number; cartVersion: number }
  /** `message` is for developers; clients say `code` in their language. `name`: who, for `advisor_joined`. */
  | { type: 'notice'; code: NoticeCode; message: string; name?: string }
  | { type: 'ended'; summary: SessionSummaryMessage };
export type ServerMessageType = ServerMessage['type'];
export type ServerMessageOf<T extends ServerMessageType> = Omit<Extract<ServerMessage, { type: T }>, 'type'>;

/** Join options: the contract's `{token, storeId?}`. Session rooms are joined by id, after `POST /api/sessions/:id/room`. */
export const JoinOptionsSchema = z.object({
  token: z.string().min(1).max(4096).optional(),
  storeId: z.string().min(1).max(64).optional(),
  /**
   * Where the visitor walks the store from: `vr` in a headset, `web` or `app` on a screen. Recorded
   * on their arrival; a client that does not say is taken for a headset, as before.
   */
  channel: z.enum(['web', 'app', 'vr']).optional(),
});
export type JoinOptions = z.infer<typeof JoinOptionsSchema>;
