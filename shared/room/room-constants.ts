/**
 * The constants of the `showroom` room protocol, apart from its zod schemas so that clients can
 * import them without bringing zod along. `protocol.ts` re-exports everything here.
 */
export const ROOM_PROTOCOL_VERSION = 1;
export const ROOM_NAME = 'showroom';

export const SEAT_ROLES = ['customer', 'advisor'] as const;
export type SeatRole = (typeof SEAT_ROLES)[number];

/** `public`: the walk-in showroom of a store; the others are private sessions backed by a database row. */
export const ROOM_KINDS = ['public', 'help', 'consultation', 'event', 'friends'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];
export type SessionKind = Exclude<RoomKind, 'public'>;

export const ROOM_LIMITS = {
  /** People in one public showroom; the next one to arrive opens another room. */
  publicCapacity: 50,
  /** Hard ceiling for a group event room. */
  eventCapacity: 250,
  /** A dropped connection keeps its seat and state this long. */
  reconnectSeconds: 20,
  poseHz: 20,
  /** Pose budget: a little slack over 20 Hz for jitter; beyond it poses are dropped. */
  pose: { perSecond: 25, burst: 10 },
  /** Laser pointer updates ride at pose rate. */
  laser: { perSecond: 25, burst: 10 },
  chat: { perSecond: 0.5, burst: 5, maxChars: 500, history: 50 },
  /** WebRTC negotiation comes in bursts of ICE candidates. */
  rtc: { perSecond: 40, burst: 80, maxSdpChars: 24_000, maxCandidateChars: 1_000 },
  voice: { perSecond: 10, burst: 10 },
  /** Host and advisor actions (spotlight, follow, admit, cart). */
  action: { perSecond: 4, burst: 8 },
  /** Every message of any type: above this the client is removed at once (flooding). */
  maxMessagesPerSecond: 120,
  /** Dropped messages (malformed or over budget) tolerated in a sliding 10 s window before removal. */
  maxStrikes: 60,
  strikeWindowMs: 10_000,
  /** Positions beyond this many metres from the store's origin are malformed, not clamped. */
  worldExtentM: 100,
  maxNameChars: 40,
} as const;

/** WebSocket close codes the room uses (4000-4999 is the application range). */
export const ROOM_CLOSE = {
  consented: 4000,
  /** The process is shutting down (Colyseus's own code): clients join again, on another process. */
  serverShutdown: 4001,
  flooding: 4429,
  removedByHost: 4403,
  /** The seat's session was signed out (or its account deactivated): no seat is kept. */
  signedOut: 4401,
  sessionEnded: 4410,
} as const;
