import { POSE_QUANTA, type AvatarPose, type Pose } from '../../shared/room/pose';
import type { ParticipantState, PoseState, LaserState } from '../../shared/room/showroom-state';

const step = (q: { min: number; max: number; bits: number }) => (q.max - q.min) / (2 ** q.bits - 1);
/** Half a wire step: closer than this, the quantised value would not change. */
const POS_EPS = step(POSE_QUANTA.position) / 2;
const ROT_EPS = step(POSE_QUANTA.rotation) / 2;

/** Only fields whose wire value changes are written, so a still head costs nothing in the next patch. */
function writePose(target: PoseState, p: Pose): void {
  if (Math.abs(target.x - p.x) > POS_EPS) target.x = p.x;
  if (Math.abs(target.y - p.y) > POS_EPS) target.y = p.y;
  if (Math.abs(target.z - p.z) > POS_EPS) target.z = p.z;
  if (Math.abs(target.qx - p.qx) > ROT_EPS) target.qx = p.qx;
  if (Math.abs(target.qy - p.qy) > ROT_EPS) target.qy = p.qy;
  if (Math.abs(target.qz - p.qz) > ROT_EPS) target.qz = p.qz;
  if (Math.abs(target.qw - p.qw) > ROT_EPS) target.qw = p.qw;
}

export function writeAvatarPose(p: ParticipantState, pose: AvatarPose): void {
  writePose(p.head, pose.head);
  if (pose.left) writePose(p.left, pose.left);
  if (pose.right) writePose(p.right, pose.right);
  const hands = (pose.left ? 1 : 0) | (pose.right ? 2 : 0);
  if (p.hands !== hands) p.hands = hands;
}

type Vec3 = readonly [number, number, number];

export function writeLaser(l: LaserState, from: Vec3, to: Vec3, productId: string | undefined): void {
  [l.ox, l.oy, l.oz] = from;
  [l.tx, l.ty, l.tz] = to;
  l.productId = productId ?? '';
}
