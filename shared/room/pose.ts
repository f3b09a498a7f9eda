import { ROOM_LIMITS } from './room-constants';
import type { PoseMessage } from './protocol';

/** A tracked point in the store's frame: metres and a unit quaternion. */
export interface Pose {
  x: number;
  y: number;
  z: number;
  qx: number;
  qy: number;
  qz: number;
  qw: number;
}

export interface AvatarPose {
  head: Pose;
  left?: Pose;
  right?: Pose;
}

/** Quantisation of poses on the wire: 16 bits over these ranges (about 4 mm and 3e-5). */
export const POSE_QUANTA = {
  position: { min: -128, max: 128, bits: 16 },
  rotation: { min: -1, max: 1, bits: 16 },
} as const;

/**
 * Reads one `[x, y, z, qx, qy, qz, qw]` tuple that already passed the shape check. Returns
 * undefined (drop it) for positions outside the world or a rotation that is not nearly a unit
 * quaternion; otherwise the pose with its quaternion normalised.
 *
 * @example readPoseTuple([0, 1.6, 2, 0, 0, 0, 1]) // {x: 0, y: 1.6, z: 2, qx: 0, qy: 0, qz: 0, qw: 1}
 */
export function readPoseTuple(t: readonly number[]): Pose | undefined {
  const [x, y, z, qx, qy, qz, qw] = t;
  if (t.length !== 7 || x === undefined || y === undefined || z === undefined || qx === undefined || qy === undefined || qz === undefined || qw === undefined) return undefined;
  const limit = ROOM_LIMITS.worldExtentM;
  for (const v of [x, y, z]) if (!Number.isFinite(v) || Math.abs(v) > limit) return undefined;
  let n = 0;
  for (const v of [qx, qy, qz, qw]) {
    if (!Number.isFinite(v) || Math.abs(v) > 1.01) return undefined;
    n += v * v;
  }
  // Far from unit length is garbage, not rounding: a real tracker never sends it.
  if (n < 0.81 || n > 1.21) return undefined;
  const k = 1 / Math.sqrt(n);
  return { x, y, z, qx: qx * k, qy: qy * k, qz: qz * k, qw: qw * k };
}

/**
 * Reads a whole pose message; one bad part drops the whole message, so a client never shows a
 * head from one frame with hands from garbage.
 *
 * @example readAvatarPose({ h: [0, 1.6, 0, 0, 0, 0, 1] })?.head.y // 1.6
 */
export function readAvatarPose(m: PoseMessage): AvatarPose | undefined {
  const head = readPoseTuple(m.h);
  if (!head) return undefined;
  const out: AvatarPose = { head };
  if (m.l) {
    const left = readPoseTuple(m.l);
    if (!left) return undefined;
    out.left = left;
  }
  if (m.r) {
    const right = readPoseTuple(m.r);
    if (!right) return undefined;
    out.right = right;
  }
  return out;
}

/** Heading (rotation about +y, radians) of a pose's forward direction (-z). */
export function yawOf(p: Pick<Pose, 'qx' | 'qy' | 'qz' | 'qw'>): number {
  // Forward vector -z rotated by q, projected on the floor.
  const fx = -2 * (p.qx * p.qz + p.qw * p.qy);
  const fz = -(1 - 2 * (p.qx * p.qx + p.qy * p.qy));
  return Math.atan2(-fx, -fz);
}
