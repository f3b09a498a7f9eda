import { schema, t, type SchemaType } from '@colyseus/schema';
import { POSE_QUANTA } from './pose';

const pos = () => t.quantized(POSE_QUANTA.position).default(0);
const rot = () => t.quantized(POSE_QUANTA.rotation).default(0);

/**
 * A tracked point, 16-bit quantised: 14 bytes of values instead of 28 (float32) or 56 (float64),
 * and only the fields that changed travel in a patch.
 */
export const PoseState = schema({
  x: pos(),
  y: pos(),
  z: pos(),
  qx: rot(),
  qy: rot(),
  qz: rot(),
  qw: rot().default(1),
}, 'Pose');
export type PoseState = SchemaType<typeof PoseState>;

/** The contract's participant, plus what voice and hosting need. */
export const ParticipantState = schema({
  userId: t.string(),
  name: t.string(),
  /** `customer` or `advisor`, from the token. */
  role: t.string(),
  color: t.string(),
  head: PoseState,
  left: PoseState,
  right: PoseState,
  /** Which hands are tracked: bit 1 left, bit 2 right (desktop and phone send none). */
  hands: t.uint8().default(0),
  host: t.boolean().default(false),
  /** False while waiting for the host to let them in (events with host admission). */
  admitted: t.boolean().default(true),
  /** False during the 20 s a dropped connection keeps its seat. */
  connected: t.boolean().default(true),
  muted: t.boolean().default(true),
  mutedByHost: t.boolean().default(false),
  speaking: t.boolean().default(false),
  handRaised: t.boolean().default(false),
}, 'Participant');
export type ParticipantState = SchemaType<typeof ParticipantState>;

export const SpotlightState = schema({
  /** '' when nothing is spotlit. */
  productId: t.string().default(''),
  /** Room session id of whoever set it. */
  by: t.string().default(''),
  byName: t.string().default(''),
  at: t.float64().default(0),
}, 'Spotlight');

export const LaserState = schema({
  ox: pos(),
  oy: pos(),
  oz: pos(),
  tx: pos(),
  ty: pos(),
  tz: pos(),
  productId: t.string().default(''),
}, 'Laser');
export type LaserState = SchemaType<typeof LaserState>;

export const ChatLineState = schema({
  id: t.uint32(),
  from: t.string(),
  name: t.string(),
  role: t.string(),
  text: t.string(),
  at: t.float64(),
}, 'ChatLine');
export type ChatLineState = SchemaType<typeof ChatLineState>;

export const ShowroomState = schema({
  protocol: t.uint8(),
  /** public | help | consultation | event | friends */
  kind: t.string(),
  /** The database session this room serves ('' for a public showroom). */
  sessionId: t.string(),
  storeId: t.string(),
  /** Published layout version of the store: clients reload the layout when it changes (0 = none yet). */
  layoutVersion: t.uint32().default(0),
  title: t.string(),
  participants: t.map(ParticipantState),
  spotlight: SpotlightState,
  /** Laser pointers by room session id, present while on. */
  lasers: t.map(LaserState),
  /** Room session id holding the floor in an event ('' when nobody does). */
  floor: t.string().default(''),
  chat: t.array(ChatLineState),
  ended: t.boolean().default(false),
}, 'ShowroomState');
export type ShowroomState = SchemaType<typeof ShowroomState>;
